#include "statushistoryrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

bool StatusHistoryRepository::record(const StatusChange &change)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO operator_status_history "
                             "(operator_id, status, connected, changed_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(change.operatorId);
    query.addBindValue(common::operatorStatusName(change.status));
    query.addBindValue(change.connected ? 1 : 0);
    query.addBindValue(toSqlTime(change.at));
    return query.exec();
}

QList<StatusChange> StatusHistoryRepository::changes(const QDateTime &from, const QDateTime &to,
                                                     qint64 operatorId)
{
    // Times are ISO text in UTC, so they compare as text; the row before the period is the
    // latest by time (ties: by id, the order they were written in).
    const QString operatorFilter
        = operatorId > 0 ? QStringLiteral(" AND operator_id = ?") : QString();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT operator_id, status, connected, changed_at, id FROM "
                       "operator_status_history h WHERE changed_at >= ? AND changed_at < ?%1 "
                       "UNION ALL SELECT operator_id, status, connected, changed_at, id FROM "
                       "operator_status_history h WHERE h.id IN (SELECT (SELECT p.id FROM "
                       "operator_status_history p WHERE p.operator_id = o.id AND "
                       "p.changed_at < ? ORDER BY p.changed_at DESC, p.id DESC LIMIT 1) "
                       "FROM operators o)%1 "
                       "ORDER BY 1, 4, 5")
            .arg(operatorFilter));
    query.addBindValue(toSqlTime(from));
    query.addBindValue(toSqlTime(to));
    if (operatorId > 0)
        query.addBindValue(operatorId);
    query.addBindValue(toSqlTime(from));
    if (operatorId > 0)
        query.addBindValue(operatorId);
    QList<StatusChange> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        StatusChange change;
        change.operatorId = query.value(0).toLongLong();
        common::parseOperatorStatus(query.value(1).toString(), &change.status);
        change.connected = query.value(2).toInt() != 0;
        change.at = fromSqlTime(query.value(3));
        result.append(change);
    }
    return result;
}

} // namespace papo::server
