#include "chatservice.h"
#include "messagestore.h"

#include <attachmentrepository.h>
#include <writequeue.h>

// ChatService::postTurn, apart from the rest of the service: a chatbot scenario's turn (BOT-1…4),
// and the writes of the bots' own that store no message.
namespace papo::server {

using common::ChatMessage;
using common::ErrorCode;

void ChatService::postTurn(ChatTurn turn, TurnDone done)
{
    struct Outcome
    {
        ErrorCode error = ErrorCode::None;
        QString message;
        QList<StoredMessage> stored;
    };
    auto outcome = std::make_shared<Outcome>();
    const QDateTime now = m_clock();
    for (ChatMessage &message : turn.messages)
        message.createdAt = now;
    const bool teamAway = !turn.offQueue && m_teamAway && m_teamAway(turn.visitorId);
    m_writes->submit(
        [turn, outcome, teamAway](QSqlDatabase &db) {
            if (turn.stillApplies && !turn.stillApplies(db)) {
                outcome->error = ErrorCode::NotFound;
                outcome->message = QStringLiteral("That question is no longer open.");
                return false;
            }
            ConversationRepository repository(db);
            AttachmentRepository attachments(db);
            QList<ChatMessage> messages;
            for (const ChatMessage &message : turn.messages) {
                StoredMessage stored;
                stored.visitorId = turn.visitorId;
                if (!MessageStore::store(repository, attachments, message, {}, stored)) {
                    outcome->error = stored.result.error;
                    outcome->message = stored.result.errorMessage;
                    return false;
                }
                if (!turn.offQueue && !MessageStore::queueCauses(db, stored, teamAway, {}))
                    return false;
                messages << stored.result.message;
                outcome->stored << stored;
            }
            const qint64 conversationId = messages.isEmpty() ? 0 : messages.last().conversationId;
            if (turn.offQueue && conversationId > 0)
                repository.setDismissed(conversationId, true);
            if (!outcome->stored.isEmpty())
                outcome->stored.last().summary = repository.conversation(conversationId);
            return !turn.record || turn.record(db, messages);
        },
        [this, outcome, done = std::move(done)](bool committed) {
            if (!committed && outcome->error == ErrorCode::None) {
                outcome->error = ErrorCode::Internal;
                outcome->message = QStringLiteral("The messages could not be stored.");
            }
            QList<ChatMessage> messages;
            for (StoredMessage &stored : outcome->stored)
                stored.takePositions();
            if (outcome->error == ErrorCode::None && !outcome->stored.isEmpty()) {
                const auto summary = outcome->stored.last().summary;
                for (const StoredMessage &stored : std::as_const(outcome->stored)) {
                    messages << stored.result.message;
                    if (!stored.result.duplicate)
                        emit messagePosted(stored.result.message, stored.visitorId,
                                           summary.value_or(common::ConversationSummary()));
                }
                if (summary)
                    emit conversationChanged(*summary);
            }
            if (done)
                done(outcome->error, outcome->message, messages);
        });
}

void ChatService::write(std::function<bool(QSqlDatabase &db)> job,
                        std::function<void(ErrorCode)> done)
{
    m_writes->submit(std::move(job), [done = std::move(done)](bool committed) {
        done(committed ? ErrorCode::None : ErrorCode::Internal);
    });
}

} // namespace papo::server
