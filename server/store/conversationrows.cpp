#include "conversationrows.h"

#include "sqltime.h"

#include <QVariant>

namespace papo::server {

using common::ChatMessage;
using common::ConversationSummary;

namespace {

// Authors' names: operators' from their accounts, visitors' as they gave it (or ""), a
// group's its name, the bot's the one admins gave it, else the website's (BOT-1).
const QString messageColumns = QStringLiteral(
    "m.id, m.client_id, m.conversation_id, m.author_kind, m.author_id, "
    "COALESCE(o.name, v.name, g.name, NULLIF(w.bot_name, ''), w.name, ''), m.body, "
    "m.created_at, m.edited_at, COALESCE(a.id, ''), a.name, a.type, a.size, "
    "COALESCE(m.position, 0)");
const QString messageJoins
    = QStringLiteral("LEFT JOIN operators o ON m.author_kind = 'operator' AND o.id = m.author_id "
                     "LEFT JOIN visitors v ON m.author_kind = 'visitor' AND v.id = m.author_id "
                     "LEFT JOIN chat_groups g ON m.author_kind = 'group' AND g.id = m.author_id "
                     "LEFT JOIN websites w ON m.author_kind = 'bot' AND w.id = m.author_id "
                     "LEFT JOIN attachments a ON a.id = m.attachment_id ");

// The operators taking part in chat `c`, as "3,7,5" in the order they joined.
const QString &participantsOf(SqlDialect dialect)
{
    static const QString postgresql
        = QStringLiteral("(SELECT string_agg(operator_id::text, ',' ORDER BY rowid) "
                         "FROM conversation_participants WHERE conversation_id = c.id)");
    static const QString sqlite
        = QStringLiteral("(SELECT group_concat(operator_id) FROM (SELECT operator_id FROM "
                         "conversation_participants WHERE conversation_id = c.id ORDER BY rowid))");
    return dialect == SqlDialect::PostgreSQL ? postgresql : sqlite;
}

constexpr int conversationColumns = 15; // the last message's columns follow

// The message whose columns (those of messageColumns) start at `first`.
ChatMessage readMessageAt(const QSqlQuery &query, int first)
{
    const auto value = [&query, first](int column) { return query.value(first + column); };
    ChatMessage message;
    message.id = value(0).toLongLong();
    message.clientId = value(1).toString();
    message.conversationId = value(2).toLongLong();
    message.authorKind = common::parseAuthorKind(value(3).toString());
    message.authorId = value(4).toLongLong();
    message.authorName = value(5).toString();
    message.text = value(6).toString();
    message.createdAt = fromSqlTime(value(7));
    message.editedAt = fromSqlTime(value(8)); // '' (never edited) reads as invalid
    message.attachment.id = value(9).toString();
    if (!message.attachment.isEmpty()) {
        message.attachment.name = value(10).toString();
        message.attachment.type = value(11).toString();
        message.attachment.size = value(12).toLongLong();
    }
    message.position = value(13).toLongLong();
    return message;
}

} // namespace

const QString &messageSelect()
{
    static const QString select = QStringLiteral("SELECT ") + messageColumns
                                  + QStringLiteral(" FROM messages m ") + messageJoins;
    return select;
}

ChatMessage readMessage(const QSqlQuery &query)
{
    return readMessageAt(query, 0);
}

QList<qint64> ownerAndParticipants(qint64 ownerId, const QString &joined)
{
    QList<qint64> result;
    if (ownerId > 0)
        result.append(ownerId);
    for (const QStringView id : QStringView(joined).split(u',', Qt::SkipEmptyParts)) {
        if (const qint64 operatorId = id.toLongLong(); !result.contains(operatorId))
            result.append(operatorId);
    }
    return result;
}

// The summary's columns (conversationColumns of them) with `time` as its time, then `rest`.
QString summarySelect(SqlDialect dialect, const QString &time, const QString &rest)
{
    return QStringLiteral("SELECT c.id, c.visitor_id, c.state, c.owner_id, c.page_url, %1, "
                          "%2, c.dismissed, (SELECT name FROM visitors WHERE id = c.visitor_id), "
                          "c.visitor_read_up_to, c.operator_read_up_to, c.rating, "
                          "c.rating_comment, c.closed_at != '', (SELECT COALESCE(group_id, 0) "
                          "FROM visitors WHERE id = c.visitor_id)%3 ")
        .arg(time, participantsOf(dialect), rest);
}

const QString &conversationSelect(SqlDialect dialect)
{
    // The chat's time is its last message's: the batch writes `updated_at` only at its end
    // (ConversationTouches), after summaries read inside it.
    const auto select = [](SqlDialect dialect) {
        return summarySelect(dialect, QStringLiteral("COALESCE(m.created_at, c.updated_at)"),
                             QStringLiteral(", %1 FROM conversations c LEFT JOIN messages m "
                                            "ON m.id = (SELECT MAX(id) FROM messages WHERE "
                                            "conversation_id = c.id) %2")
                                 .arg(messageColumns, messageJoins));
    };
    static const QString postgresql = select(SqlDialect::PostgreSQL);
    static const QString sqlite = select(SqlDialect::SQLite);
    return dialect == SqlDialect::PostgreSQL ? postgresql : sqlite;
}

const QString &conversationOnlySelect(SqlDialect dialect)
{
    const auto select = [](SqlDialect dialect) {
        return summarySelect(dialect, QStringLiteral("c.updated_at"),
                             QStringLiteral(" FROM conversations c"));
    };
    static const QString postgresql = select(SqlDialect::PostgreSQL);
    static const QString sqlite = select(SqlDialect::SQLite);
    return dialect == SqlDialect::PostgreSQL ? postgresql : sqlite;
}

const QString &audienceSelect(SqlDialect dialect)
{
    const auto select = [](SqlDialect dialect) {
        return QStringLiteral("SELECT c.visitor_id, COALESCE(v.group_id, 0), "
                              "COALESCE(c.owner_id, 0), %1 FROM conversations c "
                              "JOIN visitors v ON v.id = c.visitor_id ")
            .arg(participantsOf(dialect));
    };
    static const QString postgresql = select(SqlDialect::PostgreSQL);
    static const QString sqlite = select(SqlDialect::SQLite);
    return dialect == SqlDialect::PostgreSQL ? postgresql : sqlite;
}

ConversationSummary readConversation(const QSqlQuery &query)
{
    ConversationSummary summary = readConversationOnly(query);
    if (!query.value(conversationColumns).isNull()) {
        summary.hasLastMessage = true;
        summary.lastMessage = readMessageAt(query, conversationColumns);
    }
    return summary;
}

ConversationSummary readConversationOnly(const QSqlQuery &query)
{
    ConversationSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.visitorId = query.value(1).toLongLong();
    summary.state = query.value(2).toString() == QLatin1String("open")
                        ? common::ConversationState::Open
                        : common::ConversationState::Queued;
    summary.ownerId = query.value(3).toLongLong();
    summary.pageUrl = query.value(4).toString();
    summary.updatedAt = fromSqlTime(query.value(5));
    summary.participants = ownerAndParticipants(summary.ownerId, query.value(6).toString());
    summary.dismissed = query.value(7).toBool();
    summary.visitorName = query.value(8).toString();
    summary.visitorReadUpTo = query.value(9).toLongLong();
    summary.operatorReadUpTo = query.value(10).toLongLong();
    summary.rating = query.value(11).toString();
    summary.ratingComment = query.value(12).toString();
    summary.closed = query.value(13).toBool();
    summary.groupId = query.value(14).toLongLong();
    return summary;
}

} // namespace papo::server
