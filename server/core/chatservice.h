#pragma once

#include "clock.h"

#include <accountrepository.h>
#include <conversationrepository.h>
#include <errorcode.h>

#include <QObject>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace papo::server {

class Database;
class WriteQueue;

struct VisitorIdentity
{
    qint64 visitorId = 0;
    qint64 websiteId = 0;
    QString token;        // returned to the widget; only its digest is stored
    bool refused = false; // a new visitor was needed and not allowed now (visitorId 0)
    bool created = false; // new now: no chats, bot runs or forms to look up yet
};

// BOT-1…4: one turn of a chatbot scenario, stored in one transaction: the visitor's reply
// and the bot's answer, or the bot's first message, with where the visitor is now.
struct ChatTurn
{
    qint64 visitorId = 0;
    QList<common::ChatMessage> messages; // in order; each is the visitor's or the bot's
    // The bot is still talking: the chat stays off the queue (QUE-4) and the team hears
    // nothing (no notification, email, webhook or Slack post). False for a hand-over.
    bool offQueue = true;
    // Inside the transaction, first: whether the turn still applies (the visitor may have
    // answered meanwhile in another tab); nothing is stored when it does not.
    std::function<bool(QSqlDatabase &db)> stillApplies;
    // After the messages are stored (ids set): records where the visitor is now.
    std::function<bool(QSqlDatabase &db, const QList<common::ChatMessage> &stored)> record;
};

struct PostResult
{
    common::ErrorCode error = common::ErrorCode::None;
    QString errorMessage;
    common::ChatMessage message;
    bool duplicate = false;
    bool ok() const { return error == common::ErrorCode::None; }
};

// Conversations and messages: who may post where, dedupe by client id, ownership on the
// first reply. Messages go through the batched write path; each post completes (and its
// events are emitted) only once the message is durable. The network layer decides who
// hears about what changed.
class ChatService final : public QObject
{
    Q_OBJECT

public:
    using PostCallback = std::function<void(const PostResult &)>;

    ChatService(Database &database, AccountRepository &accounts,
                ConversationRepository &conversations, Clock clock = systemClock(),
                QObject *parent = nullptr);
    ~ChatService() override;

    using IdentityCallback = std::function<void(const std::optional<VisitorIdentity> &)>;
    // Finds the visitor by token on that website, or creates one with a new token when
    // `mayCreate` allows (it is asked only then). Nothing when the token could not be looked up
    // or the new visitor not stored (the database is away: a returning visitor must not be
    // given a new identity). A known visitor is answered at once; a new one once their row is
    // durable: it is written on the write path, so a burst of new visitors shares a commit and
    // the event loop never waits for an fsync.
    void identifyVisitor(qint64 websiteId, const QString &token, const QString &language,
                         const std::function<bool()> &mayCreate, IdentityCallback done);
    // A write of another service on the write path (batched with the messages, off the event
    // loop); `done`, if given, runs once it committed.
    void submitWrite(std::function<bool(QSqlDatabase &)> work,
                     std::function<void(bool committed)> done = {});
    // Queued on the write path; `done`, if given, runs once the page view is stored.
    void recordPageView(qint64 visitorId, int visit, const QString &url, const QString &title,
                        const QString &referrer, std::function<void(bool stored)> done = {});

    // `attachmentId`: CHT-9, the author's own upload for this chat, or empty.
    void postVisitorMessage(qint64 visitorId, const QString &clientId, const QString &text,
                            const QString &pageUrl, PostCallback done,
                            const QString &attachmentId = {});
    void postOperatorMessage(const OperatorRecord &author, qint64 conversationId,
                             const QString &clientId, const QString &text, PostCallback done,
                             const QString &attachmentId = {});
    // The visitor with this token on the website of this widget key; 0 when there is none.
    qint64 knownVisitor(const QString &widgetKey, const QString &token);
    // ACT-7: an operator writes first, into the visitor's latest conversation (or a new one).
    void startConversation(const OperatorRecord &author, qint64 visitorId, const QString &clientId,
                           const QString &text, PostCallback done);
    // ACT-3, BOT-1: a group's or the bot's message (`authorId`: the group, or the website)
    // opens the visitor's conversation or goes into their latest one; nobody owns it for that.
    void postTeamMessage(common::AuthorKind kind, qint64 authorId, const QString &authorName,
                         qint64 visitorId, const QString &clientId, const QString &text,
                         PostCallback done);
    using Done = std::function<void(common::ErrorCode, const QString &)>;
    // BOT-1…4: `done` gets the stored messages; not_found when the turn no longer applied.
    using TurnDone = std::function<void(common::ErrorCode, const QString &,
                                        const QList<common::ChatMessage> &stored)>;
    void postTurn(ChatTurn turn, TurnDone done);
    // A write of the chat's own kind without a message (the contact form holding a message or
    // being skipped), on the writer in order with the messages queued before it: `done` gets
    // none once it committed, internal when it did not.
    void write(std::function<bool(QSqlDatabase &db)> job,
               std::function<void(common::ErrorCode)> done);
    // CHT-4: only the author edits their own message.
    void editMessage(
        const OperatorRecord &author, qint64 messageId, const QString &text,
        std::function<void(common::ErrorCode, const QString &, const common::ChatMessage &)> done);
    // CHT-5: `operatorId` 0 for the visitor. Moving a mark back is a no-op, not an error.
    void markRead(qint64 conversationId, common::AuthorKind reader, qint64 operatorId,
                  qint64 upToId, Done done);
    // CHT-1: a participant (or anyone, while it is queued) adds another operator.
    void addParticipant(qint64 byOperatorId, qint64 conversationId, qint64 operatorId, Done done);
    // CHT-2: a participant passes the conversation to another operator, who owns it from
    // now on, and leaves it; the visitor is not told.
    void handOver(qint64 byOperatorId, qint64 conversationId, qint64 operatorId, Done done);
    // The operator joins as a participant: a chat they may already write in, or (STA-5,
    // `waitedTooLong`) one whose visitor waited longer than the account's threshold.
    void joinConversation(qint64 operatorId, qint64 conversationId, bool waitedTooLong, Done done);
    // CHT-8: close or reopen; only an operator who may write in it.
    void setClosed(qint64 operatorId, qint64 conversationId, bool closed, Done done);
    // RAT-1: the visitor rates their latest conversation, once an operator has answered.
    void rate(qint64 visitorId, const QString &rating, const QString &comment, Done done);
    // Re-announces the visitor's conversations (after their name changed).
    void announceVisitorConversations(qint64 visitorId);

    // Several nodes: another node changed the conversation; what follows conversations here
    // (QUE-3's clocks, STA-5's, notifications) hears it as conversationChangedElsewhere().
    void followChangeElsewhere(qint64 conversationId);

    // QUE-3: gives the conversation back to the queue if `ownerId` still owns it and its
    // visitor's message is still the newest (an answer from another node stops it too).
    void returnToQueue(qint64 conversationId, qint64 ownerId);
    // QUE-4: takes a queued conversation off the queue until the visitor writes again.
    void dismiss(qint64 conversationId, std::function<void(common::ErrorCode, QString)> done);

    ConversationRepository &conversations() { return m_conversations; }
    // INT-1: whether nobody of the visitor's team is online now; their messages then go to
    // the team by email. Without it, no offline emails.
    void setTeamAway(std::function<bool(qint64 visitorId)> teamAway)
    {
        m_teamAway = std::move(teamAway);
    }

signals:
    // `conversation`: the message's conversation right after it (empty if it could not be read).
    void messagePosted(const papo::common::ChatMessage &message, qint64 visitorId,
                       const papo::common::ConversationSummary &conversation);
    void conversationChanged(const papo::common::ConversationSummary &summary);
    void conversationChangedElsewhere(const papo::common::ConversationSummary &summary);
    void messageEdited(const papo::common::ChatMessage &message, qint64 visitorId);
    void readMarked(qint64 conversationId, qint64 visitorId, papo::common::AuthorKind reader,
                    qint64 operatorId, qint64 upToId);
    void operatorInvited(qint64 conversationId, qint64 operatorId, qint64 byOperatorId);
    // QUE-3: the owner left the visitor waiting; the chat is in the queue again.
    void returnedToQueue(const papo::common::ConversationSummary &conversation,
                         qint64 previousOwnerId);

private:
    // add_operator and hand_over: a participant of the conversation brings in an active
    // teammate, who is invited; `change` returns why it could not be stored, or nothing.
    using Change = std::function<QString(ConversationRepository &)>;
    void bringIn(qint64 byOperatorId, qint64 conversationId, qint64 operatorId,
                 const QString &notAParticipant, Change change, Done done);
    // A message whose batch failed (several nodes: a deadlock with another node's batch on a
    // chat's row; the database gone for a moment) is tried once more, in a later batch, before
    // its author is told; its client id keeps it from being stored twice.
    void post(const common::ChatMessage &message, const QString &pageUrl, PostCallback done,
              qint64 toVisitor = 0, int triesLeft = 1);
    // A change to one existing conversation (not_found otherwise) on the write path; on
    // success its summary is announced.
    using Mutation = std::function<QString(ConversationRepository &, common::ErrorCode &)>;
    void changeConversation(qint64 conversationId, Mutation mutation,
                            std::function<void(common::ErrorCode, QString)> done);

    AccountRepository &m_accounts;
    ConversationRepository &m_conversations;
    Clock m_clock;
    std::function<bool(qint64 visitorId)> m_teamAway;
    std::unique_ptr<WriteQueue> m_writes;
};

} // namespace papo::server
