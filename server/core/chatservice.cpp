#include "chatservice.h"
#include "emailcauses.h"
#include "helpscoutexports.h"
#include "messagestore.h"
#include "secrets.h"
#include "webhookcauses.h"

#include <attachmentrepository.h>
#include <database.h>
#include <writequeue.h>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;
using common::ErrorCode;

ChatService::ChatService(Database &database, AccountRepository &accounts,
                         ConversationRepository &conversations, Clock clock, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_conversations(conversations)
    , m_clock(std::move(clock))
    , m_writes(std::make_unique<WriteQueue>(database.url(), this))
{}

ChatService::~ChatService() = default;

void ChatService::identifyVisitor(qint64 websiteId, const QString &token, const QString &language,
                                  const std::function<bool()> &mayCreate, IdentityCallback done)
{
    VisitorIdentity identity{0, websiteId, token};
    bool readFailed = false;
    if (!token.isEmpty())
        identity.visitorId
            = m_conversations.visitorByToken(websiteId, Secrets::tokenDigest(token), &readFailed);
    if (readFailed) {
        done(std::nullopt); // not a new visitor: the returning one keeps their token
        return;
    }
    if (identity.visitorId > 0) {
        done(identity); // VisitorService::arrive() records the visit
        return;
    }
    // Unknown or missing token: a new visitor with a fresh token (never the one offered).
    if (mayCreate && !mayCreate()) {
        identity.token.clear();
        identity.refused = true;
        done(identity);
        return;
    }
    identity.token = Secrets::randomToken();
    identity.created = true;
    auto created = std::make_shared<qint64>(0);
    m_writes->submit(
        [created, websiteId, digest = Secrets::tokenDigest(identity.token),
         language](QSqlDatabase &db) {
            *created = ConversationRepository(db).createVisitor(websiteId, digest, language);
            return *created > 0;
        },
        [identity, created, done = std::move(done)](bool committed) mutable {
            identity.visitorId = *created;
            done(committed ? std::optional(identity) : std::nullopt);
        });
}

qint64 ChatService::knownVisitor(const QString &widgetKey, const QString &token)
{
    const auto website = m_accounts.websiteByKey(widgetKey);
    if (!website || token.isEmpty())
        return 0;
    return m_conversations.visitorByToken(website->id, Secrets::tokenDigest(token));
}

void ChatService::submitWrite(std::function<bool(QSqlDatabase &)> work,
                              std::function<void(bool committed)> done)
{
    m_writes->submit(std::move(work), std::move(done));
}

void ChatService::recordPageView(qint64 visitorId, int visit, const QString &url,
                                 const QString &title, const QString &referrer,
                                 std::function<void(bool)> done)
{
    const QDateTime at = m_clock();
    m_writes->submit(
        [=](QSqlDatabase &db) {
            return ConversationRepository(db).addPageView(visitorId, visit, url, title, referrer,
                                                          at);
        },
        std::move(done));
}

void ChatService::postVisitorMessage(qint64 visitorId, const QString &clientId, const QString &text,
                                     const QString &pageUrl, PostCallback done,
                                     const QString &attachmentId)
{
    ChatMessage message = messageBy(AuthorKind::Visitor, visitorId, {}, text, clientId);
    message.attachment.id = attachmentId;
    post(message, pageUrl, std::move(done));
}

void ChatService::postOperatorMessage(const OperatorRecord &author, qint64 conversationId,
                                      const QString &clientId, const QString &text,
                                      PostCallback done, const QString &attachmentId)
{
    ChatMessage message = messageBy(AuthorKind::Operator, author.id, author.name, text, clientId);
    message.conversationId = conversationId;
    message.attachment.id = attachmentId;
    post(message, {}, std::move(done));
}

void ChatService::startConversation(const OperatorRecord &author, qint64 visitorId,
                                    const QString &clientId, const QString &text, PostCallback done)
{
    post(messageBy(AuthorKind::Operator, author.id, author.name, text, clientId), {},
         std::move(done), visitorId);
}

void ChatService::postTeamMessage(AuthorKind kind, qint64 authorId, const QString &authorName,
                                  qint64 visitorId, const QString &clientId, const QString &text,
                                  PostCallback done)
{
    post(messageBy(kind, authorId, authorName, text, clientId), {}, std::move(done), visitorId);
}

void ChatService::announceVisitorConversations(qint64 visitorId)
{
    const auto summaries = m_conversations.visitorConversations(visitorId, VisibilityScope::all());
    for (const auto &summary : summaries)
        emit conversationChanged(summary);
}

void ChatService::followChangeElsewhere(qint64 conversationId)
{
    if (const auto summary = m_conversations.conversation(conversationId))
        emit conversationChangedElsewhere(*summary);
}

void ChatService::post(const ChatMessage &message, const QString &pageUrl, PostCallback done,
                       qint64 toVisitor, int triesLeft)
{
    auto stored = std::make_shared<StoredMessage>();
    stored->visitorId = toVisitor;
    ChatMessage stamped = message;
    stamped.createdAt = m_clock();
    const bool teamAway
        = message.authorKind == AuthorKind::Visitor && m_teamAway && m_teamAway(message.authorId);
    m_writes->submit(
        [stamped, pageUrl, stored, teamAway](QSqlDatabase &db) {
            ConversationRepository repository(db);
            AttachmentRepository attachments(db);
            return MessageStore::store(repository, attachments, stamped, pageUrl, *stored)
                   && MessageStore::queueCauses(db, *stored, teamAway, pageUrl);
        },
        [this, stored, message, pageUrl, toVisitor, triesLeft,
         done = std::move(done)](bool committed) mutable {
            stored->takePositions();
            PostResult &result = stored->result;
            // Internal: the store's own words for a statement that failed.
            const bool mayTryAgain = result.ok() || result.error == ErrorCode::Internal;
            if (!committed && mayTryAgain && triesLeft > 0) {
                post(message, pageUrl, std::move(done), toVisitor, triesLeft - 1);
                return;
            }
            if (!committed && result.ok()) {
                result.error = ErrorCode::Internal;
                result.errorMessage = QStringLiteral("The message could not be stored.");
            }
            if (result.ok() && !result.duplicate) {
                emit messagePosted(result.message, stored->visitorId,
                                   stored->summary.value_or(common::ConversationSummary()));
                if (stored->summary)
                    emit conversationChanged(*stored->summary);
            }
            if (done)
                done(result);
        });
}

void ChatService::changeConversation(qint64 conversationId, Mutation mutation,
                                     std::function<void(ErrorCode, QString)> done)
{
    struct Outcome
    {
        ErrorCode error = ErrorCode::None;
        QString message;
        std::optional<common::ConversationSummary> summary;
    };
    auto outcome = std::make_shared<Outcome>();
    m_writes->submit(
        [conversationId, mutation = std::move(mutation), outcome](QSqlDatabase &db) {
            ConversationRepository repository(db);
            if (repository.visitorOfConversation(conversationId) == 0) {
                outcome->error = ErrorCode::NotFound;
                outcome->message
                    = QStringLiteral("There is no conversation %1.").arg(conversationId);
                return false;
            }
            outcome->message = mutation(repository, outcome->error);
            if (outcome->error != ErrorCode::None)
                return false;
            outcome->summary = repository.conversation(conversationId);
            return true;
        },
        [this, outcome, done = std::move(done)](bool committed) {
            if (!committed && outcome->error == ErrorCode::None) {
                outcome->error = ErrorCode::Internal;
                outcome->message = QStringLiteral("The change could not be stored.");
            }
            if (outcome->error == ErrorCode::None && outcome->summary)
                emit conversationChanged(*outcome->summary);
            if (done)
                done(outcome->error, outcome->message);
        });
}

void ChatService::returnToQueue(qint64 conversationId, qint64 ownerId)
{
    changeConversation(
        conversationId,
        [conversationId, ownerId](ConversationRepository &repository, ErrorCode &error) {
            // Nothing to do when someone answered or took it meanwhile.
            if (!repository.returnToQueue(conversationId, ownerId))
                error = ErrorCode::Forbidden;
            return QString();
        },
        [this, conversationId, ownerId](ErrorCode error, const QString &) {
            if (error != ErrorCode::None)
                return;
            if (const auto summary = m_conversations.conversation(conversationId))
                emit returnedToQueue(*summary, ownerId);
        });
}

void ChatService::dismiss(qint64 conversationId, std::function<void(ErrorCode, QString)> done)
{
    changeConversation(
        conversationId,
        [conversationId](ConversationRepository &repository, ErrorCode &error) {
            if (repository.ownerOfConversation(conversationId) > 0) {
                error = ErrorCode::Forbidden;
                return QStringLiteral("Only a conversation in the queue can be dismissed.");
            }
            repository.setDismissed(conversationId, true);
            return QString();
        },
        std::move(done));
}

void ChatService::editMessage(
    const OperatorRecord &author, qint64 messageId, const QString &text,
    std::function<void(ErrorCode, const QString &, const ChatMessage &)> done)
{
    struct Outcome
    {
        ErrorCode error = ErrorCode::None;
        QString message;
        ChatMessage edited;
        qint64 visitorId = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const QDateTime at = m_clock();
    const qint64 authorId = author.id;
    m_writes->submit(
        [=](QSqlDatabase &db) {
            ConversationRepository repository(db);
            const auto original = repository.message(messageId);
            if (!original) {
                outcome->error = ErrorCode::NotFound;
                outcome->message = QStringLiteral("There is no message %1.").arg(messageId);
                return false;
            }
            if (original->authorKind != AuthorKind::Operator || original->authorId != authorId) {
                outcome->error = ErrorCode::Forbidden;
                outcome->message = QStringLiteral("Only the author may edit a message.");
                return false;
            }
            if (!repository.editMessage(messageId, text, at))
                return false;
            outcome->edited = *repository.message(messageId);
            outcome->visitorId = repository.visitorOfConversation(original->conversationId);
            return true;
        },
        [this, outcome, done = std::move(done)](bool committed) {
            if (!committed && outcome->error == ErrorCode::None) {
                outcome->error = ErrorCode::Internal;
                outcome->message = QStringLiteral("The edit could not be stored.");
            }
            if (outcome->error == ErrorCode::None)
                emit messageEdited(outcome->edited, outcome->visitorId);
            done(outcome->error, outcome->message, outcome->edited);
        });
}

void ChatService::markRead(qint64 conversationId, AuthorKind reader, qint64 operatorId,
                           qint64 upToId, Done done)
{
    struct Outcome
    {
        ErrorCode error = ErrorCode::None;
        QString message;
        bool moved = false;
        qint64 visitorId = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    m_writes->submit(
        [=](QSqlDatabase &db) {
            ConversationRepository repository(db);
            outcome->visitorId = repository.visitorOfConversation(conversationId);
            if (outcome->visitorId == 0) {
                outcome->error = ErrorCode::NotFound;
                outcome->message
                    = QStringLiteral("There is no conversation %1.").arg(conversationId);
                return false;
            }
            outcome->moved = repository.markRead(conversationId, reader, upToId);
            return true;
        },
        [=, this, done = std::move(done)](bool committed) {
            if (!committed && outcome->error == ErrorCode::None)
                outcome->error = ErrorCode::Internal;
            if (outcome->error == ErrorCode::None && outcome->moved)
                emit readMarked(conversationId, outcome->visitorId, reader, operatorId, upToId);
            done(outcome->error, outcome->message);
        });
}

void ChatService::addParticipant(qint64 byOperatorId, qint64 conversationId, qint64 operatorId,
                                 Done done)
{
    bringIn(
        byOperatorId, conversationId, operatorId,
        QStringLiteral("Only the operators in a conversation may add others."),
        [=](ConversationRepository &repository) {
            repository.addParticipant(conversationId, operatorId);
            return QString();
        },
        std::move(done));
}

void ChatService::handOver(qint64 byOperatorId, qint64 conversationId, qint64 operatorId, Done done)
{
    if (operatorId == byOperatorId) {
        done(ErrorCode::InvalidField,
             QStringLiteral("\"operatorId\" must be a teammate, not yourself."));
        return;
    }
    bringIn(
        byOperatorId, conversationId, operatorId,
        QStringLiteral("Only the operators in a conversation may hand it over."),
        [=](ConversationRepository &repository) {
            return repository.handOver(conversationId, byOperatorId, operatorId)
                       ? QString()
                       : QStringLiteral("The hand-over could not be stored.");
        },
        std::move(done));
}

void ChatService::bringIn(qint64 byOperatorId, qint64 conversationId, qint64 operatorId,
                          const QString &notAParticipant, Change change, Done done)
{
    const auto invitee = m_accounts.operatorById(operatorId);
    if (!invitee || !invitee->active) {
        done(ErrorCode::NotFound,
             QStringLiteral("There is no active operator %1.").arg(operatorId));
        return;
    }
    changeConversation(
        conversationId,
        [=](ConversationRepository &repository, ErrorCode &error) {
            if (!repository.mayWrite(conversationId, byOperatorId)) {
                error = ErrorCode::Forbidden;
                return notAParticipant;
            }
            const QString failure = change(repository);
            if (!failure.isEmpty())
                error = ErrorCode::Internal;
            return failure;
        },
        [=, this, done = std::move(done)](ErrorCode error, const QString &message) {
            if (error == ErrorCode::None)
                emit operatorInvited(conversationId, operatorId, byOperatorId);
            done(error, message);
        });
}

void ChatService::rate(qint64 visitorId, const QString &rating, const QString &comment, Done done)
{
    const qint64 conversationId = m_conversations.latestConversation(visitorId);
    if (conversationId == 0) {
        done(ErrorCode::NotFound, QStringLiteral("There is no conversation to rate."));
        return;
    }
    changeConversation(
        conversationId,
        [=, at = m_clock()](ConversationRepository &repository, ErrorCode &error) {
            if (!repository.hasOperatorMessage(conversationId)) {
                error = ErrorCode::Forbidden;
                return QStringLiteral("A conversation is rated once an operator has answered.");
            }
            repository.rate(conversationId, rating, comment);
            if (!WebhookCauses::rated(repository.database(), conversationId, rating, comment, at)) {
                error = ErrorCode::Internal;
                return QStringLiteral("The rating could not be stored.");
            }
            return QString();
        },
        std::move(done));
}

void ChatService::setClosed(qint64 operatorId, qint64 conversationId, bool closed, Done done)
{
    const QDateTime at = m_clock();
    changeConversation(
        conversationId,
        [=](ConversationRepository &repository, ErrorCode &error) {
            if (!repository.mayWrite(conversationId, operatorId)) {
                error = ErrorCode::ConversationTaken;
                return QStringLiteral("Another operator is answering this conversation.");
            }
            // INT-1, INT-3: the transcript goes to the team, the event to webhooks and the
            // chat to Help Scout, committed with the close itself.
            QSqlDatabase &db = repository.database();
            if (closed
                && (!EmailCauses::conversationClosed(db, conversationId, at)
                    || !WebhookCauses::conversationClosed(db, conversationId, at)
                    || !HelpScoutExports::conversationClosed(db, conversationId, at))) {
                error = ErrorCode::Internal;
                return QStringLiteral("The change could not be stored.");
            }
            repository.setClosed(conversationId, closed, at);
            return QString();
        },
        std::move(done));
}

void ChatService::joinConversation(qint64 operatorId, qint64 conversationId, bool waitedTooLong,
                                   Done done)
{
    changeConversation(
        conversationId,
        [=](ConversationRepository &repository, ErrorCode &error) {
            if (!waitedTooLong && !repository.mayWrite(conversationId, operatorId)) {
                error = ErrorCode::Forbidden;
                return QStringLiteral("Only a chat in the queue, one you take part in, or one "
                                      "whose visitor has waited too long can be joined.");
            }
            repository.addParticipant(conversationId, operatorId);
            return QString();
        },
        std::move(done));
}

} // namespace papo::server
