#include "reportrepository.h"

#include "cachedquery.h"
#include "sqlconnection.h"
#include "sqltime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

// pg_advisory_xact_lock's key for summary writes: any number, the same in every node.
constexpr qint64 SummaryLockKey = 0x7061706f52; // "papoR"

// Ids are our own integers: written into the statement as numbers.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString filters(qint64 ownerId, qint64 groupId)
{
    QString sql;
    if (ownerId > 0)
        sql += QStringLiteral(" AND owner_id = %1").arg(ownerId);
    if (groupId > 0)
        sql += QStringLiteral(" AND group_id = %1").arg(groupId);
    return sql;
}

const QString DayColumns = QStringLiteral(
    "zone, day, owner_id, group_id, chats, missed, good, bad, first_response_count, "
    "first_response_ms, first_response_bins, response_count, response_ms, response_bins, "
    "duration_count, duration_ms, duration_bins");

const QString ChatColumns
    = QStringLiteral("conversation_id, created_ms, owner_id, group_id, missed, rating, "
                     "first_response_ms, responses, duration_ms");

StoredTimes storedTimes(const QSqlQuery &query, int first)
{
    return {query.value(first).toLongLong(), query.value(first + 1).toLongLong(),
            query.value(first + 2).toByteArray()};
}

DaySummaryRow dayRow(const QSqlQuery &query)
{
    DaySummaryRow row;
    row.zone = query.value(0).toString();
    row.day = query.value(1).toLongLong();
    row.ownerId = query.value(2).toLongLong();
    row.groupId = query.value(3).toLongLong();
    row.chats = query.value(4).toLongLong();
    row.missed = query.value(5).toLongLong();
    row.good = query.value(6).toLongLong();
    row.bad = query.value(7).toLongLong();
    row.firstResponse = storedTimes(query, 8);
    row.responseTime = storedTimes(query, 11);
    row.duration = storedTimes(query, 14);
    return row;
}

ChatSummaryRow chatRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toLongLong(), query.value(4).toInt() != 0, query.value(5).toString(),
            query.value(6).toLongLong(), query.value(7).toString(),   query.value(8).toLongLong()};
}

} // namespace

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(db)
    , m_postgres(dialectOf(db) == SqlDialect::PostgreSQL)
{}

bool ReportRepository::beginSummaryWrite()
{
    QSqlQuery query(m_db);
    if (!m_postgres) // IMMEDIATE: the write lock up front, never an upgrade that fails
        return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    // The lock before the transaction: its snapshot then holds every summary written before.
    // One snapshot for the whole transaction, so the changes it clears are exactly those whose
    // messages it read.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(SummaryLockKey)))
        return false;
    if (query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")))
        return true;
    unlock();
    return false;
}

bool ReportRepository::commit()
{
    QSqlQuery query(m_db);
    const bool committed = query.exec(QStringLiteral("COMMIT"));
    if (!committed)
        query.exec(QStringLiteral("ROLLBACK"));
    unlock();
    return committed;
}

void ReportRepository::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    unlock();
}

void ReportRepository::unlock()
{
    if (!m_postgres)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(SummaryLockKey));
}

std::optional<QList<ChatChange>> ReportRepository::changes(qint64 afterId, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, conversation_id FROM report_changes "
                                   "WHERE id > %1 ORDER BY id LIMIT %2")
                        .arg(afterId)
                        .arg(limit)))
        return std::nullopt;
    QList<ChatChange> changes;
    while (query.next())
        changes.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return changes;
}

bool ReportRepository::removeChanges(const QList<qint64> &conversationIds)
{
    if (conversationIds.isEmpty())
        return true;
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("DELETE FROM report_changes WHERE conversation_id IN (%1)")
                          .arg(idList(conversationIds)));
}

bool ReportRepository::forEachMessage(const QList<qint64> &conversationIds,
                                      const std::function<void(const ReportMessageRow &)> &visit)
{
    if (conversationIds.isEmpty())
        return true;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.created_at, COALESCE(c.owner_id, 0), "
                                   "COALESCE(v.group_id, 0), c.rating, c.closed_at, "
                                   "m.author_kind, m.created_at "
                                   "FROM conversations c JOIN visitors v ON v.id = c.visitor_id "
                                   "JOIN messages m ON m.conversation_id = c.id "
                                   "WHERE c.id IN (%1) ORDER BY c.id, m.id")
                        .arg(idList(conversationIds))))
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
        row.at = fromSqlTime(query.value(7));
        visit(row);
    }
    return !query.lastError().isValid();
}

std::optional<QList<ChatSummaryRow>>
ReportRepository::chatSummaries(const QList<qint64> &conversationIds)
{
    QList<ChatSummaryRow> rows;
    if (conversationIds.isEmpty())
        return rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM report_chats WHERE conversation_id IN (%2)")
                        .arg(ChatColumns, idList(conversationIds))))
        return std::nullopt;
    while (query.next())
        rows.append(chatRow(query));
    return rows;
}

bool ReportRepository::saveChatSummary(const ChatSummaryRow &row)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO report_chats (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (conversation_id) DO UPDATE SET "
                             "created_ms = excluded.created_ms, owner_id = excluded.owner_id, "
                             "group_id = excluded.group_id, missed = excluded.missed, "
                             "rating = excluded.rating, "
                             "first_response_ms = excluded.first_response_ms, "
                             "responses = excluded.responses, "
                             "duration_ms = excluded.duration_ms")
                  .arg(ChatColumns));
    query.addBindValue(row.conversationId);
    query.addBindValue(row.createdMs);
    query.addBindValue(row.ownerId);
    query.addBindValue(row.groupId);
    query.addBindValue(row.missed ? 1 : 0);
    query.addBindValue(sqlText(row.rating));
    query.addBindValue(row.firstResponseMs);
    query.addBindValue(sqlText(row.responses));
    query.addBindValue(row.durationMs);
    return query.exec();
}

bool ReportRepository::removeChatSummary(qint64 conversationId)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM report_chats WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    return query.exec();
}

bool ReportRepository::forEachChatSummary(qint64 fromMs, qint64 toMs, qint64 ownerId,
                                          qint64 groupId,
                                          const std::function<void(const ChatSummaryRow &)> &visit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM report_chats WHERE created_ms >= %2 AND "
                                   "created_ms < %3%4 ORDER BY created_ms")
                        .arg(ChatColumns)
                        .arg(fromMs)
                        .arg(toMs)
                        .arg(filters(ownerId, groupId))))
        return false;
    while (query.next())
        visit(chatRow(query));
    return !query.lastError().isValid();
}

std::optional<QList<SummaryZone>> ReportRepository::zones()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT zone, built_until_ms FROM report_zones")))
        return std::nullopt;
    QList<SummaryZone> zones;
    while (query.next())
        zones.append({query.value(0).toString(), query.value(1).toLongLong()});
    return zones;
}

bool ReportRepository::saveZone(const SummaryZone &zone)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO report_zones (zone, built_until_ms) VALUES (?, ?) "
                             "ON CONFLICT (zone) DO UPDATE SET "
                             "built_until_ms = excluded.built_until_ms"));
    query.addBindValue(zone.name);
    query.addBindValue(zone.builtUntilMs);
    return query.exec();
}

bool ReportRepository::firstChatFrom(qint64 fromMs, qint64 *createdMs, bool *found)
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT MIN(created_ms) FROM report_chats WHERE created_ms >= %1")
                .arg(fromMs))
        || !query.next())
        return false;
    *found = !query.value(0).isNull();
    *createdMs = query.value(0).toLongLong();
    return true;
}

std::optional<DaySummaryRow> ReportRepository::daySummary(const QString &zone, qint64 day,
                                                          qint64 ownerId, qint64 groupId)
{
    CachedQuery query(m_db,
                      QStringLiteral("SELECT %1 FROM report_days WHERE zone = ? AND day = ? AND "
                                     "owner_id = ? AND group_id = ?")
                          .arg(DayColumns));
    query.addBindValue(zone);
    query.addBindValue(day);
    query.addBindValue(ownerId);
    query.addBindValue(groupId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return dayRow(query);
}

bool ReportRepository::saveDaySummary(const DaySummaryRow &row)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO report_days (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?) ON CONFLICT (zone, day, owner_id, group_id) DO UPDATE SET "
            "chats = excluded.chats, missed = excluded.missed, good = excluded.good, "
            "bad = excluded.bad, first_response_count = excluded.first_response_count, "
            "first_response_ms = excluded.first_response_ms, "
            "first_response_bins = excluded.first_response_bins, "
            "response_count = excluded.response_count, response_ms = excluded.response_ms, "
            "response_bins = excluded.response_bins, duration_count = excluded.duration_count, "
            "duration_ms = excluded.duration_ms, duration_bins = excluded.duration_bins")
            .arg(DayColumns));
    for (const QVariant &value :
         {QVariant(row.zone), QVariant(row.day), QVariant(row.ownerId), QVariant(row.groupId),
          QVariant(row.chats), QVariant(row.missed), QVariant(row.good), QVariant(row.bad)})
        query.addBindValue(value);
    for (const StoredTimes *times : {&row.firstResponse, &row.responseTime, &row.duration}) {
        query.addBindValue(times->count);
        query.addBindValue(times->sumMs);
        // Never a null QByteArray: the column is NOT NULL.
        query.addBindValue(times->bins.isNull() ? QByteArray("") : times->bins);
    }
    return query.exec();
}

bool ReportRepository::removeDaySummary(const DaySummaryRow &row)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM report_days WHERE zone = ? AND day = ? AND "
                                           "owner_id = ? AND group_id = ?"));
    query.addBindValue(row.zone);
    query.addBindValue(row.day);
    query.addBindValue(row.ownerId);
    query.addBindValue(row.groupId);
    return query.exec();
}

bool ReportRepository::forEachDaySummary(const QString &zone, qint64 fromDay, qint64 toDay,
                                         qint64 ownerId, qint64 groupId,
                                         const std::function<void(const DaySummaryRow &)> &visit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM report_days WHERE zone = ? AND day >= ? AND "
                                 "day <= ?%2 ORDER BY day")
                      .arg(DayColumns, filters(ownerId, groupId)));
    query.addBindValue(zone);
    query.addBindValue(fromDay);
    query.addBindValue(toDay);
    if (!query.exec())
        return false;
    while (query.next())
        visit(dayRow(query));
    return !query.lastError().isValid();
}

} // namespace papo::server
