#include "helloanswer.h"

#include "visitorteamfeed.h"

#include <attachmentstore.h>
#include <chatrouting.h>
#include <contactformrunner.h>
#include <envelope.h>
#include <groupquestion.h>
#include <jsonwriter.h>
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
    common::JsonObjectWriter answer;
    answer.add(QLatin1String("token"), m_identity.token)
        .add(QLatin1String("visitorId"), visitorId)
        .add(QLatin1String("mode"), m_context.routing.isLive(group.groupId)
                                        ? QStringLiteral("live")
                                        : QStringLiteral("messenger"))
        .addRaw(QLatin1String("operators"), m_context.teamFeed.onlineOperatorsJson(group.groupId))
        .addRaw(QLatin1String("team"), m_context.teamFeed.teamJson(group.groupId))
        .add(QLatin1String("groupQuestion"), // GRP-3
             m_context.groupQuestion.forVisitor(website, group, m_latest.has_value()))
        .add(QLatin1String("lastSeq"), m_newestSeq)
        .add(QLatin1String("operatorReadUpTo"), m_latest ? m_latest->operatorReadUpTo : 0)
        .add(QLatin1String("ratings"), website.ratingsEnabled)
        .addStringOrNull(QLatin1String("rating"), m_latest ? m_latest->rating : QString())
        .add(QLatin1String("attachmentLimit"), m_context.attachments.maxBytes())
        // their own, so messenger mode does not ask again
        .add(QLatin1String("email"), m_email)
        .add(QLatin1String("scenario"), // BOT-1
             m_returning ? m_context.scenarios.prompt(visitorId) : QJsonValue())
        .add(QLatin1String("contactForm"), // FRM
             m_returning ? m_context.contactForms.form(visitorId) : QJsonValue());
    if (withMessages)
        answer.addRaw(
            QLatin1String("messages"),
            QJsonDocument(messagesToJson(m_returning
                                             ? m_context.chat.conversations().lastVisitorMessages(
                                                 visitorId, common::Limits::DefaultHistoryPage)
                                             : QList<common::ChatMessage>()))
                .toJson(QJsonDocument::Compact));
    return answer.addRaw(QLatin1String("widget"), widgetJson(website, textLanguage)).take();
}

} // namespace papo::server
