#include "nodevisitors.h"

#include "cachedquery.h"
#include "clusterclock.h"

#include <QVariant>

namespace papo::server {

namespace {

QVariant millis(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : qint64(0);
}

QDateTime fromMillis(const QVariant &value)
{
    const qint64 ms = value.toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

bool NodeVisitorRepository::put(qint64 node, const NodeVisitor &visitor)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO node_visitors (node, visitor_id, group_id, url, "
                             "title, since_ms, activity_ms) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (node, visitor_id) DO UPDATE SET group_id = "
                             "excluded.group_id, url = excluded.url, title = excluded.title, "
                             "since_ms = excluded.since_ms, activity_ms = excluded.activity_ms"));
    for (const QVariant &value :
         {QVariant(node), QVariant(visitor.visitorId), QVariant(visitor.groupId),
          QVariant(visitor.url), QVariant(visitor.title), millis(visitor.since),
          millis(visitor.lastActivity)})
        query.addBindValue(value);
    return query.exec();
}

bool NodeVisitorRepository::remove(qint64 node, qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral("DELETE FROM node_visitors WHERE node = ? AND visitor_id = ?"));
    query.addBindValue(node);
    query.addBindValue(visitorId);
    return query.exec();
}

bool NodeVisitorRepository::clear(qint64 node)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM node_visitors WHERE node = ?"));
    query.addBindValue(node);
    return query.exec();
}

QList<NodeVisitor> NodeVisitorRepository::elsewhere(qint64 node, std::optional<qint64> visitorId)
{
    const QString oneVisitor = visitorId ? QStringLiteral(" AND v.visitor_id = ?") : QString();
    CachedQuery query(m_db, QStringLiteral("SELECT v.visitor_id, v.group_id, v.url, v.title, "
                                           "v.since_ms, v.activity_ms FROM node_visitors v "
                                           "JOIN cluster_nodes n ON n.node = v.node "
                                           "WHERE v.node <> ? AND n.seen_ms >= %1 - ?%2")
                                .arg(databaseNowMs(), oneVisitor));
    query.addBindValue(node);
    query.addBindValue(NodeTimeoutMs);
    if (visitorId)
        query.addBindValue(*visitorId);
    QList<NodeVisitor> visitors;
    if (!query.exec())
        return visitors;
    while (query.next())
        visitors.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toString(), query.value(3).toString(),
                         fromMillis(query.value(4)), fromMillis(query.value(5))});
    return visitors;
}

} // namespace papo::server
