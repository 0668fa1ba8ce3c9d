#include "chatservice.h"

#include "secrets.h"

#include <database.h>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;
using common::ErrorCode;

namespace {

PostResult failed(ErrorCode code, const QString &message)
{
    PostResult result;
    result.error = code;
    result.errorMessage = message;
    return result;
}

} // namespace

ChatService::ChatService(Database &database, AccountRepository &accounts,
                         ConversationRepository &conversations, Clock clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_accounts(accounts)
    , m_conversations(conversations)
    , m_clock(std::move(clock))
{
}

std::optional<VisitorIdentity> ChatService::identifyVisitor(const QString &widgetKey,
                                                            const QString &token,
                                                            const QString &language)
{
    const auto website = m_accounts.websiteByKey(widgetKey);
    if (!website)
        return std::nullopt;
    VisitorIdentity identity{0, website->id, token};
    if (!token.isEmpty())
        identity.visitorId = m_conversations.visitorByToken(website->id, Secrets::tokenDigest(token));
    if (identity.visitorId > 0) {
        m_conversations.touchVisitor(identity.visitorId, language);
        return identity;
    }
    // Unknown or missing token: a new visitor with a fresh token (never the one offered).
    identity.token = Secrets::randomToken();
    identity.visitorId = m_conversations.createVisitor(website->id,
                                                       Secrets::tokenDigest(identity.token), language);
    if (identity.visitorId == 0)
        return std::nullopt;
    return identity;
}

void ChatService::recordPageView(qint64 visitorId, const QString &url, const QString &title,
                                 const QString &referrer)
{
    m_conversations.addPageView(visitorId, url, title, referrer);
}

PostResult ChatService::postVisitorMessage(qint64 visitorId, const QString &clientId,
                                           const QString &text, const QString &pageUrl)
{
    if (const auto stored = m_conversations.messageByClientId(AuthorKind::Visitor, visitorId, clientId)) {
        PostResult result;
        result.message = *stored;
        result.duplicate = true;
        return result;
    }
    ChatMessage message;
    message.clientId = clientId;
    message.authorKind = AuthorKind::Visitor;
    message.authorId = visitorId;
    message.text = text;
    message.conversationId = m_conversations.latestConversation(visitorId);
    if (message.conversationId == 0) {
        message.conversationId = m_conversations.createConversation(visitorId, pageUrl);
        if (message.conversationId == 0)
            return failed(ErrorCode::Internal, QStringLiteral("The conversation could not be created."));
    }
    return store(message, visitorId, 0);
}

PostResult ChatService::postOperatorMessage(const OperatorRecord &author, qint64 conversationId,
                                            const QString &clientId, const QString &text)
{
    if (const auto stored = m_conversations.messageByClientId(AuthorKind::Operator, author.id, clientId)) {
        PostResult result;
        result.message = *stored;
        result.duplicate = true;
        return result;
    }
    const qint64 visitorId = m_conversations.visitorOfConversation(conversationId);
    if (visitorId == 0)
        return failed(ErrorCode::NotFound, QStringLiteral("There is no conversation %1.").arg(conversationId));
    ChatMessage message;
    message.clientId = clientId;
    message.conversationId = conversationId;
    message.authorKind = AuthorKind::Operator;
    message.authorId = author.id;
    message.authorName = author.name;
    message.text = text;
    return store(message, visitorId, author.id);
}

PostResult ChatService::store(ChatMessage message, qint64 visitorId, qint64 takeOwnershipFor)
{
    QSqlDatabase db = m_database.connection();
    message.createdAt = m_clock();
    if (!db.transaction())
        return failed(ErrorCode::Internal, QStringLiteral("The message could not be stored."));
    message.id = m_conversations.insertMessage(message);
    const bool stored = message.id > 0
                        && m_conversations.touchConversation(message.conversationId, message.createdAt);
    // QUE-2: the first operator to reply owns the conversation; later replies leave it as is.
    if (stored && takeOwnershipFor > 0)
        m_conversations.takeOwnership(message.conversationId, takeOwnershipFor);
    if (!stored || !db.commit()) {
        db.rollback();
        return failed(ErrorCode::Internal, QStringLiteral("The message could not be stored."));
    }
    PostResult result;
    result.message = message;
    emit messagePosted(message, visitorId);
    if (const auto summary = m_conversations.conversation(message.conversationId))
        emit conversationChanged(*summary);
    return result;
}

} // namespace papo::server
