#include "webhookcauses.h"

#include <conversationrepository.h>
#include <isotime.h>
#include <outboxrepository.h>
#include <visitorrepository.h>
#include <webhookrepository.h>

#include <QJsonDocument>

namespace papo::server {

namespace {

QString isoTime(const QDateTime &at)
{
    return common::toIsoTime(at);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Most installations have no webhook: then an event costs one look at an empty table.
bool anyWebhook(QSqlDatabase &db)
{
    return !WebhookRepository(db).webhooks().isEmpty();
}

QJsonObject visitorJson(QSqlDatabase &db, qint64 visitorId)
{
    const auto profile = VisitorRepository(db).profile(visitorId);
    if (!profile)
        return {{QLatin1String("id"), visitorId}};
    return {
        {QLatin1String("id"), visitorId},         {QLatin1String("websiteId"), profile->websiteId},
        {QLatin1String("name"), profile->name},   {QLatin1String("email"), profile->email},
        {QLatin1String("phone"), profile->phone}, {QLatin1String("fields"), profile->customFields}};
}

QJsonObject messageJson(const common::ChatMessage &message)
{
    QJsonObject object{{QLatin1String("id"), message.id},
                       {QLatin1String("author"),
                        QJsonObject{{QLatin1String("kind"), authorKindName(message.authorKind)},
                                    {QLatin1String("id"), message.authorId},
                                    {QLatin1String("name"), message.authorName}}},
                       {QLatin1String("text"), message.text},
                       {QLatin1String("createdAt"), isoTime(message.createdAt)}};
    if (!message.attachment.isEmpty())
        object.insert(QLatin1String("attachment"),
                      QJsonObject{{QLatin1String("name"), message.attachment.name},
                                  {QLatin1String("type"), message.attachment.type},
                                  {QLatin1String("size"), message.attachment.size}});
    return object;
}

} // namespace

const QStringList &WebhookCauses::eventNames()
{
    static const QStringList names{
        QStringLiteral("conversation_started"), QStringLiteral("message"),
        QStringLiteral("conversation_closed"),  QStringLiteral("rating"),
        QStringLiteral("visitor_data"),         QStringLiteral("form_filled")};
    return names;
}

bool WebhookCauses::raise(QSqlDatabase &db, const QString &event, const QString &eventId,
                          const QJsonObject &data, const QDateTime &at)
{
    const auto subscribers = WebhookRepository(db).subscribers(event);
    if (subscribers.isEmpty())
        return true;
    const QString body = json({{QLatin1String("id"), eventId},
                               {QLatin1String("event"), event},
                               {QLatin1String("at"), isoTime(at)},
                               {QLatin1String("data"), data}});
    OutboxRepository outbox(db);
    for (const WebhookRecord &webhook : subscribers) {
        const QString payload = json({{QLatin1String("webhookId"), webhook.id},
                                      {QLatin1String("url"), webhook.url},
                                      {QLatin1String("eventId"), eventId},
                                      {QLatin1String("body"), body}});
        if (!outbox.enqueue(QStringLiteral("webhook"), event,
                            QStringLiteral("webhook:%1:%2").arg(webhook.id).arg(eventId), payload,
                            at, at))
            return false;
    }
    return true;
}

bool WebhookCauses::messageStored(QSqlDatabase &db, const common::ChatMessage &message,
                                  qint64 visitorId, bool startedConversation,
                                  const QString &pageUrl)
{
    if (!anyWebhook(db))
        return true;
    const QJsonObject visitor = visitorJson(db, visitorId);
    if (startedConversation
        && !raise(db, QStringLiteral("conversation_started"),
                  QStringLiteral("conversation_started.%1").arg(message.conversationId),
                  {{QLatin1String("conversationId"), message.conversationId},
                   {QLatin1String("visitor"), visitor},
                   {QLatin1String("page"), pageUrl},
                   {QLatin1String("message"), messageJson(message)}},
                  message.createdAt))
        return false;
    return raise(db, QStringLiteral("message"), QStringLiteral("message.%1").arg(message.id),
                 {{QLatin1String("conversationId"), message.conversationId},
                  {QLatin1String("visitor"), visitor},
                  {QLatin1String("message"), messageJson(message)}},
                 message.createdAt);
}

bool WebhookCauses::conversationClosed(QSqlDatabase &db, qint64 conversationId, const QDateTime &at)
{
    if (!anyWebhook(db))
        return true;
    const auto conversation = ConversationRepository(db).conversation(conversationId);
    if (!conversation || conversation->closed)
        return true; // closing a closed chat is no new event
    return raise(
        db, QStringLiteral("conversation_closed"),
        QStringLiteral("conversation_closed.%1.%2").arg(conversationId).arg(at.toMSecsSinceEpoch()),
        {{QLatin1String("conversationId"), conversationId},
         {QLatin1String("visitor"), visitorJson(db, conversation->visitorId)},
         {QLatin1String("closedAt"), isoTime(at)}},
        at);
}

bool WebhookCauses::rated(QSqlDatabase &db, qint64 conversationId, const QString &rating,
                          const QString &comment, const QDateTime &at)
{
    if (!anyWebhook(db))
        return true;
    const qint64 visitorId = ConversationRepository(db).visitorOfConversation(conversationId);
    return raise(db, QStringLiteral("rating"),
                 QStringLiteral("rating.%1.%2").arg(conversationId).arg(at.toMSecsSinceEpoch()),
                 {{QLatin1String("conversationId"), conversationId},
                  {QLatin1String("visitor"), visitorJson(db, visitorId)},
                  {QLatin1String("rating"), rating},
                  {QLatin1String("comment"), comment}},
                 at);
}

bool WebhookCauses::visitorDataChanged(QSqlDatabase &db, qint64 visitorId, const QDateTime &at)
{
    if (!anyWebhook(db))
        return true;
    return raise(db, QStringLiteral("visitor_data"),
                 QStringLiteral("visitor_data.%1.%2").arg(visitorId).arg(at.toMSecsSinceEpoch()),
                 {{QLatin1String("visitor"), visitorJson(db, visitorId)}}, at);
}

} // namespace papo::server
