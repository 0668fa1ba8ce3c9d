#include "helloanswer.h"

#include "visitorteamfeed.h"

#include <attachmentstore.h>
#include <chatrouting.h>
#include <contactformrunner.h>
#include <envelope.h>
#include <groupquestion.h>
#include <protocollimits.h>
#include <scenariorunner.h>
#include <visitorservice.h>
#include <widgettexts.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace papo::server {

namespace {

QJsonArray messagesToJson(const QList<common::ChatMessage> &messages)
{
    QJsonArray array;
    for (const auto &message : messages)
        array.append(message.toJson());
    return array;
}

// WID-2, WID-3: the website's look and the texts in the visitor's language, as JSON. The same
// for every visitor of a website in a language, and most of a hello's answer: written once per
// website and language while its settings stay the same.
QByteArray widgetJson(const WebsiteRecord &website, const QString &language)
{
    struct Written
    {
        WidgetSettings widget;
        QByteArray json;
    };
    thread_local QHash<std::pair<qint64, QString>, Written> written;
    const WidgetSettings &widget = website.widget;
    Written &entry = written[{website.id, language}];
    if (entry.json.isEmpty() || entry.widget.color != widget.color
        || entry.widget.position != widget.position || entry.widget.texts != widget.texts) {
        entry.widget = widget;
        entry.json
            = QJsonDocument(QJsonObject{{QLatin1String("color"), widget.color},
                                        {QLatin1String("position"), widget.position},
                                        {QLatin1String("language"), language},
                                        {QLatin1String("texts"),
                                         WidgetTexts::builtIn().effective(language, widget.texts)}})
                  .toJson(QJsonDocument::Compact);
    }
    return entry.json;
}

} // namespace

HelloAnswer::HelloAnswer(const ServerContext &context, const VisitorIdentity &identity)
    : m_context(context)
    , m_identity(identity)
    , m_returning(!identity.created)
{
    if (!m_returning)
        return;
    auto &conversations = m_context.chat.conversations();
    m_newestSeq = conversations.lastVisitorPosition(identity.visitorId);
    m_latest = conversations.conversation(conversations.latestConversation(identity.visitorId));
    m_email = m_context.visitors.email(identity.visitorId);
}

QByteArray HelloAnswer::json(const WebsiteRecord &website, const VisitorGroup &group,
                             const QString &textLanguage, bool withMessages) const
{
    const qint64 visitorId = m_identity.visitorId;
    QJsonObject answer{
        {QLatin1String("token"), m_identity.token},
        {QLatin1String("visitorId"), visitorId},
        {QLatin1String("mode"), m_context.routing.isLive(group.groupId)
                                    ? QLatin1String("live")
                                    : QLatin1String("messenger")},
        {QLatin1String("operators"), m_context.teamFeed.onlineOperators(group.groupId)},
        {QLatin1String("team"), m_context.teamFeed.team(group.groupId)},
        {QLatin1String("groupQuestion"), // GRP-3
         m_context.groupQuestion.forVisitor(website, group, m_latest.has_value())},
        {QLatin1String("lastSeq"), m_newestSeq},
        {QLatin1String("operatorReadUpTo"), m_latest ? m_latest->operatorReadUpTo : 0},
        {QLatin1String("ratings"), website.ratingsEnabled},
        {QLatin1String("rating"),
         m_latest && !m_latest->rating.isEmpty() ? QJsonValue(m_latest->rating) : QJsonValue()},
        {QLatin1String("attachmentLimit"), m_context.attachments.maxBytes()},
        // their own, so messenger mode does not ask again
        {QLatin1String("email"), m_email},
        {QLatin1String("scenario"), // BOT-1
         m_returning ? m_context.scenarios.prompt(visitorId) : QJsonValue::Null},
        {QLatin1String("contactForm"), // FRM
         m_returning ? m_context.contactForms.form(visitorId) : QJsonValue::Null}};
    if (withMessages)
        answer.insert(QLatin1String("messages"),
                      messagesToJson(m_returning
                                         ? m_context.chat.conversations().lastVisitorMessages(
                                             visitorId, common::Limits::DefaultHistoryPage)
                                         : QList<common::ChatMessage>()));
    return common::withRawMember(QJsonDocument(answer).toJson(QJsonDocument::Compact), "widget",
                                 widgetJson(website, textLanguage));
}

} // namespace papo::server
