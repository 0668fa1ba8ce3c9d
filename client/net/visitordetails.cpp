#include "visitordetails.h"

#include <isotime.h>

#include <QJsonArray>

namespace papo::desk {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    return common::fromIsoTime(value.toString());
}

} // namespace

VisitorPageView VisitorPageView::fromJson(const QJsonObject &object)
{
    VisitorPageView page;
    page.url = object.value(QLatin1String("url")).toString();
    page.title = object.value(QLatin1String("title")).toString();
    page.referrer = object.value(QLatin1String("referrer")).toString();
    page.at = parseTime(object.value(QLatin1String("at")));
    page.visit = object.value(QLatin1String("visit")).toInt();
    const QJsonValue seconds = object.value(QLatin1String("seconds"));
    page.seconds = seconds.isDouble() ? qMax<qint64>(0, seconds.toInteger()) : -1;
    return page;
}

VisitorNote VisitorNote::fromJson(const QJsonObject &object)
{
    VisitorNote note;
    note.id = object.value(QLatin1String("id")).toInteger();
    note.authorId = object.value(QLatin1String("authorId")).toInteger();
    note.authorName = object.value(QLatin1String("authorName")).toString();
    note.text = object.value(QLatin1String("text")).toString();
    note.createdAt = parseTime(object.value(QLatin1String("createdAt")));
    return note;
}

VisitorDetails VisitorDetails::fromJson(const QJsonObject &object)
{
    VisitorDetails details;
    details.visitor = VisitorInfo::fromJson(object);
    const QJsonArray pages = object.value(QLatin1String("pages")).toArray();
    for (const QJsonValue &page : pages)
        details.pages.append(VisitorPageView::fromJson(page.toObject()));
    const QJsonArray notes = object.value(QLatin1String("notes")).toArray();
    for (const QJsonValue &note : notes)
        details.notes.append(VisitorNote::fromJson(note.toObject()));
    const QJsonArray conversations = object.value(QLatin1String("conversations")).toArray();
    for (const QJsonValue &conversation : conversations)
        details.conversations.append(
            papo::common::ConversationSummary::fromJson(conversation.toObject()));
    return details;
}

} // namespace papo::desk
