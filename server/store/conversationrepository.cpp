#include "conversationrepository.h"

#include "cachedquery.h"
#include "conversationrows.h"
#include "conversationtouches.h"
#include "sqlconnection.h"
#include "sqltime.h"
#include "streampositions.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;
using common::ConversationSummary;

namespace {

qint64 scalar(QSqlQuery &query)
{
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

qint64 ConversationRepository::visitorByToken(qint64 websiteId, const QByteArray &tokenDigest,
                                              bool *readFailed)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT id FROM visitors WHERE website_id = ? AND token_hash = ?"));
    query.addBindValue(websiteId);
    query.addBindValue(tokenDigest);
    const bool read = query.exec();
    if (readFailed)
        *readFailed = !read;
    return read && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ConversationRepository::createVisitor(qint64 websiteId, const QByteArray &tokenDigest,
                                             const QString &language)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO visitors (website_id, token_hash, language, "
                             "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowSqlTime();
    for (const QVariant &value : {QVariant(websiteId), QVariant(tokenDigest), sqlText(language),
                                  QVariant(now), QVariant(now)})
        query.addBindValue(value);
    return scalar(query);
}

bool ConversationRepository::addPageView(qint64 visitorId, int visit, const QString &url,
                                         const QString &title, const QString &referrer,
                                         const QDateTime &at)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO page_views (visitor_id, visit, url, title, referrer, "
                             "viewed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(visitorId), QVariant(visit), sqlText(url),
                                  sqlText(title), sqlText(referrer), QVariant(toSqlTime(at))})
        query.addBindValue(value);
    return query.exec();
}

qint64 ConversationRepository::latestConversation(qint64 visitorId)
{
    CachedQuery query(m_db,
                      QStringLiteral("SELECT MAX(id) FROM conversations WHERE visitor_id = ?"));
    query.addBindValue(visitorId);
    return scalar(query);
}

qint64 ConversationRepository::createConversation(qint64 visitorId, const QString &pageUrl)
{
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO conversations (visitor_id, page_url, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
    const QString now = nowSqlTime();
    for (const QVariant &value :
         {QVariant(visitorId), sqlText(pageUrl), QVariant(now), QVariant(now)})
        query.addBindValue(value);
    return scalar(query);
}

qint64 ConversationRepository::visitorOfConversation(qint64 conversationId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT visitor_id FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    return scalar(query);
}

bool ConversationRepository::visitorExists(qint64 visitorId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT 1 FROM visitors WHERE id = ?"));
    query.addBindValue(visitorId);
    return query.exec() && query.next();
}

qint64 ConversationRepository::ownerOfConversation(qint64 conversationId)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT COALESCE(owner_id, 0) FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    return scalar(query);
}

std::optional<ConversationSummary> ConversationRepository::conversation(qint64 conversationId)
{
    CachedQuery query(m_db, conversationSelect(dialectOf(m_db)) + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readConversation(query);
}

std::optional<ConversationSummary>
ConversationRepository::conversationEndingWith(const ChatMessage &message)
{
    CachedQuery query(m_db,
                      conversationOnlySelect(dialectOf(m_db)) + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(message.conversationId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ConversationSummary summary = readConversationOnly(query);
    summary.updatedAt = message.createdAt;
    summary.hasLastMessage = true;
    summary.lastMessage = message;
    return summary;
}

QList<ConversationSummary> ConversationRepository::summaries(QSqlQuery &idQuery)
{
    QList<qint64> ids;
    if (idQuery.exec()) {
        while (idQuery.next())
            ids.append(idQuery.value(0).toLongLong());
    }
    QList<ConversationSummary> result;
    for (qint64 id : std::as_const(ids)) {
        if (const auto summary = conversation(id))
            result.append(*summary);
    }
    return result;
}

QList<ConversationSummary> ConversationRepository::conversations(int limit,
                                                                 const VisibilityScope &scope)
{
    QVariantList values;
    const QString visible = scope.conversationCondition(values);
    CachedQuery query(m_db, QStringLiteral("SELECT c.id FROM conversations c WHERE %1 "
                                           "ORDER BY c.updated_at DESC, c.id DESC LIMIT ?")
                                .arg(visible));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    return summaries(query);
}

QList<ConversationSummary>
ConversationRepository::visitorConversations(qint64 visitorId, const VisibilityScope &scope)
{
    QVariantList values;
    const QString visible = scope.conversationCondition(values);
    CachedQuery query(
        m_db, QStringLiteral("SELECT c.id FROM conversations c WHERE c.visitor_id = ? AND %1 "
                             "ORDER BY c.id DESC")
                  .arg(visible));
    query.addBindValue(visitorId);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return summaries(query);
}

bool ConversationRepository::isVisible(qint64 conversationId, const VisibilityScope &scope)
{
    QVariantList values;
    const QString visible = scope.conversationCondition(values);
    CachedQuery query(
        m_db, QStringLiteral("SELECT 1 FROM conversations c WHERE c.id = ? AND %1").arg(visible));
    query.addBindValue(conversationId);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return query.exec() && query.next();
}

std::optional<ChatAudience> ConversationRepository::audience(qint64 conversationId)
{
    CachedQuery query(m_db, audienceSelect(dialectOf(m_db)) + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ChatAudience audience;
    audience.visitorId = query.value(0).toLongLong();
    audience.groupId = query.value(1).toLongLong();
    audience.operatorIds
        = ownerAndParticipants(query.value(2).toLongLong(), query.value(3).toString());
    return audience;
}

QList<qint64> ConversationRepository::operatorsTakingPart(qint64 visitorId)
{
    QList<qint64> result;
    CachedQuery query(
        m_db,
        QStringLiteral(
            "SELECT owner_id FROM conversations WHERE visitor_id = ? AND owner_id IS NOT NULL "
            "UNION SELECT p.operator_id FROM conversation_participants p "
            "JOIN conversations c ON c.id = p.conversation_id WHERE c.visitor_id = ?"));
    query.addBindValue(visitorId);
    query.addBindValue(visitorId);
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toLongLong());
    }
    return result;
}

bool ConversationRepository::takeOwnership(qint64 conversationId, qint64 operatorId)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE conversations SET owner_id = ?, state = 'open' "
                                           "WHERE id = ? AND owner_id IS NULL"));
    query.addBindValue(operatorId);
    query.addBindValue(conversationId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ConversationRepository::returnToQueue(qint64 conversationId, qint64 ownerId)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE conversations SET owner_id = NULL, state = 'queued' "
                             "WHERE id = ? AND owner_id = ? AND (SELECT author_kind FROM messages "
                             "WHERE conversation_id = ? ORDER BY id DESC LIMIT 1) = 'visitor'"));
    query.addBindValue(conversationId);
    query.addBindValue(ownerId);
    query.addBindValue(conversationId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ConversationRepository::setDismissed(qint64 conversationId, bool dismissed)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE conversations SET dismissed = ? WHERE id = ?"));
    query.addBindValue(dismissed ? 1 : 0);
    query.addBindValue(conversationId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ConversationRepository::reopen(qint64 conversationId)
{
    // Only a chat that changes: an UPDATE that matches no row takes no lock on it.
    CachedQuery query(m_db, QStringLiteral("UPDATE conversations SET dismissed = 0, closed_at = '' "
                                           "WHERE id = ? AND (dismissed <> 0 OR closed_at <> '')"));
    query.addBindValue(conversationId);
    return query.exec();
}

bool ConversationRepository::touchConversation(qint64 conversationId, const QDateTime &time)
{
    // Inside a write batch, written at its end.
    return ConversationTouches::collect(conversationId, time)
           || ConversationTouches::writeNow(m_db, conversationId, time);
}

bool ConversationRepository::insertMessage(ChatMessage &message)
{
    const bool postgresql = dialectOf(m_db) == SqlDialect::PostgreSQL;
    const qint64 id = postgresql ? 0 : StreamPositions(m_db).take();
    if (!postgresql && id == 0)
        return false;
    // On PostgreSQL the id comes from the column's identity and the position stays empty.
    CachedQuery query(m_db, postgresql
                                ? QStringLiteral("INSERT INTO messages (conversation_id, "
                                                 "author_kind, author_id, client_id, body, "
                                                 "created_at, attachment_id) VALUES (?, ?, ?, "
                                                 "?, ?, ?, ?) RETURNING id")
                                : QStringLiteral("INSERT INTO messages (conversation_id, "
                                                 "author_kind, author_id, client_id, body, "
                                                 "created_at, attachment_id, id, position) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(message.conversationId), QVariant(common::authorKindName(message.authorKind)),
          QVariant(message.authorId), QVariant(message.clientId), sqlText(message.text),
          QVariant(toSqlTime(message.createdAt)),
          message.attachment.isEmpty() ? QVariant() : QVariant(message.attachment.id)})
        query.addBindValue(value);
    if (!postgresql) {
        query.addBindValue(id);
        query.addBindValue(id);
    }
    if (!query.exec() || (postgresql && !query.next()))
        return false;
    message.id = postgresql ? query.value(0).toLongLong() : id;
    message.position = postgresql ? 0 : id;
    return true;
}

QList<ChatMessage> ConversationRepository::selectMessages(const QString &where,
                                                          const QVariantList &values)
{
    QList<ChatMessage> result;
    CachedQuery query(m_db, messageSelect() + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            result.append(readMessage(query));
    }
    return result;
}

std::optional<ChatMessage>
ConversationRepository::messageByClientId(AuthorKind kind, qint64 authorId, const QString &clientId)
{
    // Nearly always there is none: the unique index answers that alone, without the joins.
    CachedQuery query(m_db, QStringLiteral("SELECT id FROM messages WHERE author_kind = ? AND "
                                           "author_id = ? AND client_id = ?"));
    query.addBindValue(common::authorKindName(kind));
    query.addBindValue(authorId);
    query.addBindValue(clientId);
    const qint64 id = scalar(query);
    return id > 0 ? message(id) : std::nullopt;
}

std::optional<ChatMessage> ConversationRepository::message(qint64 messageId)
{
    if (messageId <= 0)
        return std::nullopt;
    const auto found = selectMessages(QStringLiteral("WHERE m.id = ?"), {messageId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ChatMessage> ConversationRepository::visitorMessagesAfter(qint64 visitorId,
                                                                qint64 afterPosition)
{
    return selectMessages(QStringLiteral("WHERE m.conversation_id IN (SELECT id FROM conversations "
                                         "WHERE visitor_id = ?) AND m.position > ? "
                                         "ORDER BY m.position"),
                          {visitorId, afterPosition});
}

QList<ChatMessage> ConversationRepository::lastVisitorMessages(qint64 visitorId, int limit)
{
    auto messages
        = selectMessages(QStringLiteral("WHERE m.conversation_id IN (SELECT id FROM conversations "
                                        "WHERE visitor_id = ?) ORDER BY m.id DESC LIMIT ?"),
                         {visitorId, limit});
    std::reverse(messages.begin(), messages.end());
    return messages;
}

QList<ChatMessage> ConversationRepository::messagesAfter(qint64 afterPosition,
                                                         const VisibilityScope &scope)
{
    QVariantList values{afterPosition};
    const QString visible = scope.conversationCondition(values);
    return selectMessages(QStringLiteral("WHERE m.position > ? AND m.conversation_id IN (SELECT "
                                         "c.id FROM conversations c WHERE %1) ORDER BY m.position")
                              .arg(visible),
                          values);
}

QList<ChatMessage> ConversationRepository::nextMessages(qint64 afterPosition, int limit)
{
    return selectMessages(QStringLiteral("WHERE m.position > ? ORDER BY m.position LIMIT ?"),
                          {afterPosition, limit});
}

MessagePage ConversationRepository::history(qint64 conversationId, qint64 beforeId, int limit)
{
    MessagePage page;
    // One more than asked tells whether an older page exists.
    page.messages = selectMessages(
        QStringLiteral("WHERE m.conversation_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?"),
        {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit + 1});
    page.hasMore = page.messages.size() > limit;
    if (page.hasMore)
        page.messages.removeLast();
    std::reverse(page.messages.begin(), page.messages.end());
    return page;
}

qint64 ConversationRepository::lastPosition()
{
    CachedQuery query(m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM messages"));
    return scalar(query);
}

qint64 ConversationRepository::lastVisitorPosition(qint64 visitorId)
{
    CachedQuery query(
        m_db,
        QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM messages WHERE "
                       "conversation_id IN (SELECT id FROM conversations WHERE visitor_id = ?)"));
    query.addBindValue(visitorId);
    return scalar(query);
}

bool ConversationRepository::mayWrite(qint64 conversationId, qint64 operatorId)
{
    const qint64 owner = ownerOfConversation(conversationId);
    if (owner == 0 || owner == operatorId)
        return true;
    CachedQuery query(m_db, QStringLiteral("SELECT 1 FROM conversation_participants "
                                           "WHERE conversation_id = ? AND operator_id = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(operatorId);
    return query.exec() && query.next();
}

bool ConversationRepository::addParticipant(qint64 conversationId, qint64 operatorId)
{
    CachedQuery query(m_db, QStringLiteral("INSERT INTO conversation_participants "
                                           "(conversation_id, operator_id) VALUES (?, ?) "
                                           "ON CONFLICT DO NOTHING"));
    query.addBindValue(conversationId);
    query.addBindValue(operatorId);
    return query.exec();
}

bool ConversationRepository::handOver(qint64 conversationId, qint64 fromOperatorId,
                                      qint64 toOperatorId)
{
    const qint64 previousOwner = ownerOfConversation(conversationId);
    if (previousOwner > 0 && previousOwner != fromOperatorId
        && !addParticipant(conversationId, previousOwner))
        return false;
    CachedQuery owner(m_db, QStringLiteral("UPDATE conversations SET owner_id = ?, state = 'open' "
                                           "WHERE id = ?"));
    owner.addBindValue(toOperatorId);
    owner.addBindValue(conversationId);
    if (!owner.exec() || !addParticipant(conversationId, toOperatorId))
        return false;
    CachedQuery leave(m_db, QStringLiteral("DELETE FROM conversation_participants "
                                           "WHERE conversation_id = ? AND operator_id = ?"));
    leave.addBindValue(conversationId);
    leave.addBindValue(fromOperatorId);
    return leave.exec();
}

bool ConversationRepository::editMessage(qint64 messageId, const QString &text, const QDateTime &at)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE messages SET body = ?, edited_at = ? WHERE id = ?"));
    query.addBindValue(text);
    query.addBindValue(toSqlTime(at));
    query.addBindValue(messageId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ConversationRepository::markRead(qint64 conversationId, common::AuthorKind reader,
                                      qint64 upToId)
{
    // Read marks only move forward.
    const QString column = reader == AuthorKind::Visitor ? QStringLiteral("visitor_read_up_to")
                                                         : QStringLiteral("operator_read_up_to");
    CachedQuery query(
        m_db,
        QStringLiteral("UPDATE conversations SET %1 = ? WHERE id = ? AND %1 < ?").arg(column));
    query.addBindValue(upToId);
    query.addBindValue(conversationId);
    query.addBindValue(upToId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ConversationRepository::hasOperatorMessage(qint64 conversationId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT 1 FROM messages WHERE conversation_id = ? "
                                           "AND author_kind = 'operator' LIMIT 1"));
    query.addBindValue(conversationId);
    return query.exec() && query.next();
}

bool ConversationRepository::rate(qint64 conversationId, const QString &rating,
                                  const QString &comment)
{
    CachedQuery query(
        m_db,
        QStringLiteral("UPDATE conversations SET rating = ?, rating_comment = ? WHERE id = ?"));
    query.addBindValue(rating);
    query.addBindValue(sqlText(comment));
    query.addBindValue(conversationId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ConversationRepository::setClosed(qint64 conversationId, bool closed, const QDateTime &at)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE conversations SET closed_at = ? WHERE id = ?"));
    query.addBindValue(closed ? toSqlTime(at) : QStringLiteral(""));
    query.addBindValue(conversationId);
    return query.exec() && query.numRowsAffected() == 1;
}

QList<SearchHit> ConversationRepository::search(const QString &text, int limit,
                                                const VisibilityScope &scope)
{
    return MessageSearch(m_db).search(text, limit, scope);
}

} // namespace papo::server
