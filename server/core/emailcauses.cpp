#include "emailcauses.h"

#include <conversationrepository.h>
#include <emailrepository.h>
#include <outboxrepository.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace papo::server {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString millis(const QDateTime &at)
{
    return QString::number(at.toMSecsSinceEpoch());
}

// An email to the visitor's team (their group's addresses, else the website's), with
// `payload` plus the addresses; nothing when the team named none.
bool toTheTeam(QSqlDatabase &db, qint64 visitorId, const QString &purpose, const QString &key,
               QJsonObject payload, const QDateTime &at)
{
    EmailRepository email(db);
    const auto visitor = email.visitor(visitorId);
    if (!visitor)
        return true;
    const QString to = email.teamEmails(visitor->websiteId, visitor->groupId);
    if (to.isEmpty())
        return true; // the website sends none
    payload.insert(QLatin1String("visitorId"), visitorId);
    payload.insert(QLatin1String("to"), to);
    return OutboxRepository(db).enqueue(QStringLiteral("email"), purpose, key, json(payload), at,
                                        at);
}

} // namespace

bool EmailCauses::messageStored(QSqlDatabase &db, const common::ChatMessage &message,
                                qint64 visitorId, bool teamAway)
{
    if (message.authorKind == common::AuthorKind::Operator)
        return operatorReplied(db, message, visitorId, message.createdAt);
    return !teamAway || offlineMessage(db, message, visitorId, message.createdAt);
}

bool EmailCauses::conversationClosed(QSqlDatabase &db, qint64 conversationId, const QDateTime &at)
{
    ConversationRepository conversations(db);
    const auto conversation = conversations.conversation(conversationId);
    if (!conversation || conversation->closed)
        return true; // closing a closed chat sends nothing again
    return toTheTeam(db, conversation->visitorId, QStringLiteral("transcript"),
                     QStringLiteral("transcript:%1:%2").arg(conversationId).arg(millis(at)),
                     {{QLatin1String("conversationId"), conversationId}}, at);
}

bool EmailCauses::offlineMessage(QSqlDatabase &db, const common::ChatMessage &message,
                                 qint64 visitorId, const QDateTime &at)
{
    return toTheTeam(db, visitorId, QStringLiteral("offline_message"),
                     QStringLiteral("offline:%1").arg(message.id),
                     {{QLatin1String("conversationId"), message.conversationId},
                      {QLatin1String("messageId"), message.id}},
                     at);
}

bool EmailCauses::operatorReplied(QSqlDatabase &db, const common::ChatMessage &message,
                                  qint64 visitorId, const QDateTime &at)
{
    EmailRepository email(db);
    const auto visitor = email.visitor(visitorId);
    if (!visitor || visitor->email.isEmpty() || visitor->unsubscribed)
        return true;
    OutboxRepository outbox(db);
    // One email per batch: while one waits, later replies go with it (it reads them all).
    const QString batch = QStringLiteral("reply:%1:").arg(message.conversationId);
    if (outbox.hasPending(QStringLiteral("visitor_reply"), batch))
        return true;
    const int delay = email.visitorEmailDelaySeconds(visitor->websiteId);
    return outbox.enqueue(QStringLiteral("email"), QStringLiteral("visitor_reply"),
                          batch + QString::number(message.id),
                          json({{QLatin1String("conversationId"), message.conversationId},
                                {QLatin1String("visitorId"), visitorId},
                                {QLatin1String("fromMessageId"), message.id}}),
                          at.addSecs(delay), at);
}

} // namespace papo::server
