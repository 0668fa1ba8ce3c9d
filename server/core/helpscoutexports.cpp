#include "helpscoutexports.h"

#include <conversationrepository.h>
#include <emailrepository.h>
#include <helpscoutrepository.h>
#include <outboxrepository.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace papo::server {

HelpScoutExports::Outcome
HelpScoutExports::exportConversation(QSqlDatabase &db, qint64 conversationId, const QDateTime &at)
{
    const HelpScoutSettings settings = HelpScoutRepository(db).settings();
    if (!settings.connected())
        return {Result::NotConnected};
    const auto conversation = ConversationRepository(db).conversation(conversationId);
    if (!conversation || !conversation->hasLastMessage)
        return {Result::NoMessages};
    const auto visitor = EmailRepository(db).visitor(conversation->visitorId);
    if (!visitor || visitor->email.isEmpty())
        return {Result::NoEmail};
    const qint64 upTo = conversation->lastMessage.id;
    const QString key = QStringLiteral("helpscout:%1:%2").arg(conversationId).arg(upTo);
    OutboxRepository outbox(db);
    if (const auto existing = outbox.entryByKey(key)) {
        // Pressing Export again after a failure (a wrong secret, now fixed) tries it again.
        if (existing->status == QLatin1String("failed") && outbox.retryNow(existing->id, at))
            return {Result::Queued, existing->id};
        return {Result::AlreadyThere, existing->id};
    }
    const QJsonObject payload{
        {QLatin1String("conversationId"), conversationId},
        {QLatin1String("upToMessageId"), upTo},
        {QLatin1String("to"), QStringLiteral("Help Scout mailbox %1").arg(settings.mailboxId)}};
    if (!outbox.enqueue(QStringLiteral("helpscout"), QStringLiteral("conversation_export"), key,
                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                        at, at))
        return {Result::Failed};
    const auto queued = outbox.entryByKey(key);
    return {queued ? Result::Queued : Result::Failed, queued ? queued->id : 0};
}

bool HelpScoutExports::conversationClosed(QSqlDatabase &db, qint64 conversationId,
                                          const QDateTime &at)
{
    if (!HelpScoutRepository(db).settings().exportOnClose)
        return true;
    const auto conversation = ConversationRepository(db).conversation(conversationId);
    if (!conversation || conversation->closed)
        return true; // closing a closed chat exports nothing again
    return exportConversation(db, conversationId, at).result != Result::Failed;
}

} // namespace papo::server
