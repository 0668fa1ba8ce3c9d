#include "messagestore.h"

#include "emailcauses.h"
#include "slackcauses.h"
#include "webhookcauses.h"

#include <attachmentrepository.h>
#include <writequeue.h>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;
using common::ErrorCode;

namespace {

bool fail(StoredMessage &stored, ErrorCode code, const QString &message)
{
    stored.result.error = code;
    stored.result.errorMessage = message;
    return false;
}

// QUE-2: somebody else answers this chat.
bool failTaken(StoredMessage &stored)
{
    return fail(stored, ErrorCode::ConversationTaken,
                QStringLiteral("Another operator is already answering this conversation."));
}

} // namespace

void StoredMessage::takePositions()
{
    result.message.position = WriteQueue::positionOf(result.message);
    if (summary && summary->hasLastMessage)
        summary->lastMessage.position = WriteQueue::positionOf(summary->lastMessage);
}

ChatMessage messageBy(AuthorKind kind, qint64 authorId, const QString &authorName,
                      const QString &text, const QString &clientId)
{
    ChatMessage message;
    message.authorKind = kind;
    message.authorId = authorId;
    message.authorName = authorName;
    message.text = text;
    message.clientId = clientId;
    return message;
}

bool MessageStore::store(ConversationRepository &repository, AttachmentRepository &attachments,
                         ChatMessage message, const QString &pageUrl, StoredMessage &stored)
{
    if (const auto existing
        = repository.messageByClientId(message.authorKind, message.authorId, message.clientId)) {
        stored.result.message = *existing;
        stored.result.duplicate = true;
        return true;
    }
    if (message.authorKind == AuthorKind::Visitor) {
        stored.visitorId = message.authorId;
        message.conversationId = repository.latestConversation(stored.visitorId);
        if (message.conversationId == 0) {
            message.conversationId = repository.createConversation(stored.visitorId, pageUrl);
            stored.startedConversation = true;
        } else if (!repository.reopen(message.conversationId)) { // writing again re-queues
            return fail(stored, ErrorCode::Internal,
                        QStringLiteral("The message could not be stored."));
        }
    } else if (message.conversationId == 0) {
        // Started by the operator (ACT-7), a group or the bot (ACT-3): the visitor's latest
        // conversation, or a new one.
        if (!repository.visitorExists(stored.visitorId))
            return fail(stored, ErrorCode::NotFound,
                        QStringLiteral("There is no visitor %1.").arg(stored.visitorId));
        message.conversationId = repository.latestConversation(stored.visitorId);
        if (message.conversationId == 0) {
            message.conversationId = repository.createConversation(stored.visitorId, pageUrl);
            stored.startedConversation = true;
        }
        if (message.authorKind == AuthorKind::Operator
            && !repository.mayWrite(message.conversationId, message.authorId))
            return failTaken(stored);
    } else {
        stored.visitorId = repository.visitorOfConversation(message.conversationId);
        if (stored.visitorId == 0)
            return fail(stored, ErrorCode::NotFound,
                        QStringLiteral("There is no conversation %1.").arg(message.conversationId));
        // QUE-2: checked inside the write transaction, so of two simultaneous first replies
        // exactly one wins and the other is told the chat is taken.
        if (!repository.mayWrite(message.conversationId, message.authorId))
            return failTaken(stored);
    }
    if (!message.attachment.isEmpty()) {
        // CHT-9: only the author's own upload, made for this visitor's chat.
        const auto attachment = attachments.usableBy(message.attachment.id, message.authorKind,
                                                     message.authorId, stored.visitorId);
        if (!attachment)
            return fail(stored, ErrorCode::NotFound,
                        QStringLiteral("There is no attachment %1.").arg(message.attachment.id));
        message.attachment = *attachment;
    }
    if (message.conversationId == 0 || !repository.insertMessage(message)
        || !repository.touchConversation(message.conversationId, message.createdAt))
        return fail(stored, ErrorCode::Internal,
                    QStringLiteral("The message could not be stored."));
    // QUE-2: the first operator to reply owns the conversation; later replies leave it as is.
    // Two first replies stored at once by two nodes both passed mayWrite() above: the owner is
    // decided here, where the second waits for the first's lock on the conversation's row and
    // then finds it owned; its message is undone with the rest of its job.
    if (message.authorKind == AuthorKind::Operator
        && !repository.takeOwnership(message.conversationId, message.authorId)
        && !repository.mayWrite(message.conversationId, message.authorId))
        return failTaken(stored);
    stored.summary = repository.conversationEndingWith(message);
    // The visitor's name as the messages table gives it to every later read (history, replays,
    // the other nodes): the live event says the same.
    if (message.authorKind == AuthorKind::Visitor && stored.summary) {
        message.authorName = stored.summary->visitorName;
        stored.summary->lastMessage.authorName = message.authorName;
    }
    stored.result.message = message;
    return true;
}

bool MessageStore::queueCauses(QSqlDatabase &db, const StoredMessage &stored, bool teamAway,
                               const QString &pageUrl)
{
    const ChatMessage &message = stored.result.message;
    const bool started = stored.startedConversation;
    return stored.result.duplicate
           || (EmailCauses::messageStored(db, message, stored.visitorId, teamAway)
               && WebhookCauses::messageStored(db, message, stored.visitorId, started, pageUrl)
               && SlackCauses::messageStored(db, message, stored.visitorId, started, teamAway,
                                             pageUrl));
}

} // namespace papo::server
