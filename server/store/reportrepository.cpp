#include "reportrepository.h"

#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

bool ReportRepository::forEachMessage(const QDateTime &from, const QDateTime &to, qint64 ownerId,
                                      qint64 groupId,
                                      const std::function<void(const ReportMessageRow &)> &visit)
{
    QString filters;
    if (ownerId > 0)
        filters += QStringLiteral(" AND c.owner_id = ?");
    if (groupId > 0)
        filters += QStringLiteral(" AND v.group_id = ?");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.created_at, COALESCE(c.owner_id, 0), "
                                 "COALESCE(v.group_id, 0), c.rating, c.closed_at, "
                                 "m.author_kind, m.author_id, m.created_at "
                                 "FROM conversations c JOIN visitors v ON v.id = c.visitor_id "
                                 "JOIN messages m ON m.conversation_id = c.id "
                                 "WHERE c.created_at >= ? AND c.created_at < ?%1 "
                                 "ORDER BY c.created_at, c.id, m.id")
                      .arg(filters));
    query.addBindValue(toSqlTime(from));
    query.addBindValue(toSqlTime(to));
    if (ownerId > 0)
        query.addBindValue(ownerId);
    if (groupId > 0)
        query.addBindValue(groupId);
    if (!query.exec())
        return false;
    ReportMessageRow row;
    while (query.next()) {
        const qint64 conversationId = query.value(0).toLongLong();
        if (conversationId != row.conversationId) {
            row.conversationId = conversationId;
            row.conversationCreatedAt = fromSqlTime(query.value(1));
            row.ownerId = query.value(2).toLongLong();
            row.groupId = query.value(3).toLongLong();
            row.rating = query.value(4).toString();
            row.closed = !query.value(5).toString().isEmpty();
        }
        row.fromVisitor = query.value(6).toString() == QLatin1String("visitor");
        row.authorId = query.value(7).toLongLong();
        row.at = fromSqlTime(query.value(8));
        visit(row);
    }
    return true;
}

} // namespace papo::server
