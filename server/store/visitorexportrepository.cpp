#include "visitorexportrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

QString VisitorExportRepository::where(bool consented) const
{
    return QStringLiteral("WHERE email != '' AND created_at < ? AND last_seen_at >= ?")
           + (consented ? QStringLiteral(" AND marketing_consent_at != ''") : QString());
}

std::optional<qint64> VisitorExportRepository::count(const QDateTime &from, const QDateTime &to,
                                                     bool consented)
{
    CachedQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM visitors ") + where(consented));
    query.addBindValue(toSqlTime(to));
    query.addBindValue(toSqlTime(from));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<QList<VisitorExportRow>> VisitorExportRepository::page(const QDateTime &from,
                                                                     const QDateTime &to,
                                                                     bool consented, qint64 afterId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, email, phone, created_at, last_seen_at, "
                                 "location_text, custom_fields, marketing_consent_at "
                                 "FROM visitors %1 AND id > ? ORDER BY id LIMIT %2")
                      .arg(where(consented))
                      .arg(PageSize));
    query.addBindValue(toSqlTime(to));
    query.addBindValue(toSqlTime(from));
    query.addBindValue(afterId);
    if (!query.exec())
        return std::nullopt;
    QList<VisitorExportRow> rows;
    while (query.next()) {
        VisitorExportRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.email = query.value(2).toString();
        row.phone = query.value(3).toString();
        row.firstVisit = fromSqlTime(query.value(4));
        row.lastVisit = fromSqlTime(query.value(5));
        row.location = query.value(6).toString();
        row.customFields = query.value(7).toString();
        row.consentAt = fromSqlTime(query.value(8));
        rows.append(row);
    }
    return rows;
}

} // namespace papo::server
