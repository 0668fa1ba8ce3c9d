#include "visitorsummary.h"

#include <isotime.h>
#include <jsonwriter.h>

#include <QJsonDocument>

namespace papo::server {

namespace {

QJsonValue isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(common::toIsoTime(time)) : QJsonValue();
}

common::JsonObjectWriter &addTime(common::JsonObjectWriter &writer, QLatin1StringView key,
                                  const QDateTime &time)
{
    return time.isValid() ? writer.add(key, common::toIsoTime(time)) : writer.addNull(key);
}

} // namespace

// Written as bytes, not through a QJsonObject: every page view of every visitor writes it.
QByteArray VisitorSummary::toJsonBytes() const
{
    using common::JsonObjectWriter;
    const QByteArray location = JsonObjectWriter()
                                    .add(QLatin1String("text"), profile.locationText)
                                    .add(QLatin1String("country"), profile.country)
                                    .add(QLatin1String("countryCode"), profile.countryCode)
                                    .add(QLatin1String("city"), profile.city)
                                    .take();
    const QByteArray device = JsonObjectWriter()
                                  .add(QLatin1String("type"), profile.deviceType)
                                  .add(QLatin1String("browser"), profile.browser)
                                  .add(QLatin1String("os"), profile.os)
                                  .add(QLatin1String("summary"), profile.deviceSummary)
                                  .take();
    QByteArray currentPage = "null";
    if (!currentUrl.isEmpty()) {
        JsonObjectWriter page;
        page.add(QLatin1String("url"), currentUrl).add(QLatin1String("title"), currentTitle);
        currentPage = addTime(page, QLatin1String("since"), currentSince).take();
    }
    // PAN-3: whether the contact form was asked, and how it went.
    QByteArray contactForm = "null";
    if (!profile.contactFormState.isEmpty()) {
        JsonObjectWriter form;
        form.add(QLatin1String("state"), profile.contactFormState);
        addTime(form, QLatin1String("askedAt"), profile.contactFormAskedAt);
        contactForm
            = addTime(form, QLatin1String("answeredAt"), profile.contactFormAnsweredAt).take();
    }
    JsonObjectWriter visitor;
    visitor.add(QLatin1String("id"), profile.id)
        .add(QLatin1String("name"), profile.name)
        .add(QLatin1String("email"), profile.email)
        .add(QLatin1String("phone"), profile.phone)
        .add(QLatin1String("online"), online)
        .addRaw(QLatin1String("location"), location)
        .addRaw(QLatin1String("device"), device)
        .add(QLatin1String("language"), profile.language)
        .add(QLatin1String("screen"), profile.screen)
        .addRaw(QLatin1String("currentPage"), currentPage)
        .add(QLatin1String("referrer"), profile.visitReferrer)
        .add(QLatin1String("visits"), profile.visits);
    addTime(visitor, QLatin1String("visitStartedAt"), profile.visitStartedAt)
        .add(QLatin1String("pagesThisVisit"), pagesThisVisit)
        .add(QLatin1String("chatting"), chatting)
        .add(QLatin1String("chattedBefore"), chattedBefore)
        .add(QLatin1String("group"), profile.group)
        .addIdOrNull(QLatin1String("groupId"), profile.groupId)
        .add(QLatin1String("groupSource"), profile.groupSource);
    addTime(visitor, QLatin1String("groupSetAt"), profile.groupSetAt)
        .addIdOrNull(QLatin1String("groupSetBy"), profile.groupSetBy)
        .add(QLatin1String("websiteId"), profile.websiteId)
        .add(QLatin1String("fields"), profile.customFields)
        .add(QLatin1String("invited"), profile.invited)
        .addRaw(QLatin1String("contactForm"), contactForm);
    return addTime(visitor, QLatin1String("marketingConsentAt"), profile.marketingConsentAt)
        .add(QLatin1String("chatWindowOpened"), profile.chatWindowOpened())
        .take();
}

QJsonObject VisitorSummary::toJson() const
{
    return QJsonDocument::fromJson(toJsonBytes()).object();
}

QJsonObject VisitorDetails::toJson() const
{
    QJsonObject object = summary.toJson();
    QJsonArray pageArray;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageView &page = pages.at(i);
        // Time on a page: until the next view of the same visit; unknown for the last one.
        QJsonValue seconds;
        if (i + 1 < pages.size() && pages.at(i + 1).visit == page.visit)
            seconds = page.at.secsTo(pages.at(i + 1).at);
        pageArray.append(QJsonObject{{QLatin1String("url"), page.url},
                                     {QLatin1String("title"), page.title},
                                     {QLatin1String("referrer"), page.referrer},
                                     {QLatin1String("at"), isoTime(page.at)},
                                     {QLatin1String("visit"), page.visit},
                                     {QLatin1String("seconds"), seconds}});
    }
    QJsonArray noteArray;
    for (const VisitorNote &note : notes)
        noteArray.append(noteToJson(note));
    QJsonArray conversationArray;
    for (const auto &conversation : conversations)
        conversationArray.append(conversation.toJson());
    object.insert(QLatin1String("pages"), pageArray);
    object.insert(QLatin1String("notes"), noteArray);
    object.insert(QLatin1String("conversations"), conversationArray);
    return object;
}

QJsonObject noteToJson(const VisitorNote &note)
{
    return {{QLatin1String("id"), note.id},
            {QLatin1String("authorId"), note.authorId},
            {QLatin1String("authorName"), note.authorName},
            {QLatin1String("text"), note.text},
            {QLatin1String("createdAt"), isoTime(note.createdAt)}};
}

} // namespace papo::server
