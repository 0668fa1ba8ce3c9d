#pragma once

#include "messagesearch.h"
#include "visibilityscope.h"

#include <chatmessage.h>

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace papo::server {

struct MessagePage
{
    QList<common::ChatMessage> messages; // oldest first
    bool hasMore = false;
};

// Visitors, their page views, conversations and messages: the only SQL about chats.
class ConversationRepository final
{
public:
    explicit ConversationRepository(QSqlDatabase db)
        : m_db(db)
    {}
    // The connection it works on: what else a write job stores goes in the same transaction.
    QSqlDatabase &database() { return m_db; }

    // 0 when no visitor has the token; `readFailed` tells that from a database that could
    // not be read.
    qint64 visitorByToken(qint64 websiteId, const QByteArray &tokenDigest,
                          bool *readFailed = nullptr);
    qint64 createVisitor(qint64 websiteId, const QByteArray &tokenDigest, const QString &language);
    bool addPageView(qint64 visitorId, int visit, const QString &url, const QString &title,
                     const QString &referrer, const QDateTime &at);

    qint64 latestConversation(qint64 visitorId);
    qint64 createConversation(qint64 visitorId, const QString &pageUrl);
    qint64 visitorOfConversation(qint64 conversationId);
    bool visitorExists(qint64 visitorId);
    qint64 ownerOfConversation(qint64 conversationId); // 0 when nobody owns it
    std::optional<common::ConversationSummary> conversation(qint64 conversationId);
    // The summary of the message's conversation with it as the last message, when it was just
    // stored there (the writer has it in hand: no need to read it back).
    std::optional<common::ConversationSummary>
    conversationEndingWith(const common::ChatMessage &message);
    // Newest activity first, only those in the scope's sight (GRP-1).
    QList<common::ConversationSummary> conversations(int limit, const VisibilityScope &scope);
    QList<common::ConversationSummary> visitorConversations(qint64 visitorId,
                                                            const VisibilityScope &scope);
    // The conversation exists and is in the scope's sight.
    bool isVisible(qint64 conversationId, const VisibilityScope &scope);
    // Its visitor, group and the operators taking part; nullopt when it does not exist.
    std::optional<ChatAudience> audience(qint64 conversationId);
    // The owners and participants of any of the visitor's conversations.
    QList<qint64> operatorsTakingPart(qint64 visitorId);
    // Makes the operator the owner unless somebody already is; true when they own it now.
    bool takeOwnership(qint64 conversationId, qint64 operatorId);
    // QUE-3: back to the queue, only if `ownerId` still owns it.
    bool returnToQueue(qint64 conversationId, qint64 ownerId);
    bool setDismissed(qint64 conversationId, bool dismissed);
    // CHT-1: the owner and the operators added to the conversation.
    bool mayWrite(qint64 conversationId, qint64 operatorId);
    bool addParticipant(qint64 conversationId, qint64 operatorId);
    // CHT-2: `toOperatorId` owns the conversation and `fromOperatorId` leaves it; a previous
    // owner other than the caller stays a participant.
    bool handOver(qint64 conversationId, qint64 fromOperatorId, qint64 toOperatorId);
    bool editMessage(qint64 messageId, const QString &text, const QDateTime &at);
    bool hasOperatorMessage(qint64 conversationId);
    bool rate(qint64 conversationId, const QString &rating, const QString &comment);
    bool setClosed(qint64 conversationId, bool closed, const QDateTime &at);
    // CHT-8: newest first; `text` is plain words, all of which must appear.
    QList<SearchHit> search(const QString &text, int limit, const VisibilityScope &scope);
    // CHT-5: true when the mark moved forward.
    bool markRead(qint64 conversationId, common::AuthorKind reader, qint64 upToId);
    // The chat's last activity; inside a write batch, written at its end (ConversationTouches).
    bool touchConversation(qint64 conversationId, const QDateTime &time);
    // Back in the queue and out of the closed chats (the visitor wrote again).
    bool reopen(qint64 conversationId);

    // Stores the message (its id and position are ignored) and sets its new id; false on
    // failure. Call it inside the writer's transaction. On SQLite the id is the next stream
    // position (StreamPositions) and the position the same; on PostgreSQL the position stays
    // 0 until the WriteQueue places the batch's messages right before it commits.
    bool insertMessage(common::ChatMessage &message);
    std::optional<common::ChatMessage> messageByClientId(common::AuthorKind kind, qint64 authorId,
                                                         const QString &clientId);
    std::optional<common::ChatMessage> message(qint64 messageId);
    // Resuming a stream: the messages after a position (a client's lastSeq), in position order.
    QList<common::ChatMessage> visitorMessagesAfter(qint64 visitorId, qint64 afterPosition);
    QList<common::ChatMessage> lastVisitorMessages(qint64 visitorId, int limit);
    QList<common::ChatMessage> messagesAfter(qint64 afterPosition, const VisibilityScope &scope);
    // The next `limit` messages after `afterPosition`, whoever may see them.
    QList<common::ChatMessage> nextMessages(qint64 afterPosition, int limit);
    MessagePage history(qint64 conversationId, qint64 beforeId, int limit);
    // The newest position, of all messages or of one visitor's.
    qint64 lastPosition();
    qint64 lastVisitorPosition(qint64 visitorId);

private:
    // Runs a prepared query of conversation ids and reads each one's summary.
    QList<common::ConversationSummary> summaries(QSqlQuery &idQuery);
    QList<common::ChatMessage> selectMessages(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace papo::server
