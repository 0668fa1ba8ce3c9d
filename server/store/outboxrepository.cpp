#include "outboxrepository.h"

#include "cachedquery.h"
#include "sqlconnection.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace papo::server {

namespace {

// OutboxRepository::queuedSoFar(), and the rows of the batch running on this thread.
std::atomic<quint64> queuedRows{0};
thread_local quint64 *rowsOfBatch = nullptr;

const QString Columns = QStringLiteral("id, kind, purpose, dedupe_key, payload, status, attempts, "
                                       "next_attempt_at, last_error, created_at, finished_at");

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.purpose = query.value(2).toString();
    entry.dedupeKey = query.value(3).toString();
    entry.payload = query.value(4).toString();
    entry.status = query.value(5).toString();
    entry.attempts = query.value(6).toInt();
    entry.nextAttemptAt = fromSqlTime(query.value(7));
    entry.lastError = query.value(8).toString();
    entry.createdAt = fromSqlTime(query.value(9));
    entry.finishedAt = fromSqlTime(query.value(10));
    return entry;
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool OutboxRepository::enqueue(const QString &kind, const QString &purpose,
                               const QString &dedupeKey, const QString &payload,
                               const QDateTime &due, const QDateTime &now)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO outbox (kind, purpose, dedupe_key, payload, status, next_attempt_at, "
            "created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (dedupe_key) DO "
            "NOTHING"));
    query.addBindValue(kind);
    query.addBindValue(purpose);
    query.addBindValue(dedupeKey);
    query.addBindValue(payload);
    query.addBindValue(toSqlTime(due));
    query.addBindValue(toSqlTime(now));
    if (!query.exec())
        return false;
    if (rowsOfBatch)
        ++*rowsOfBatch;
    else
        queuedRows.fetch_add(1, std::memory_order_relaxed);
    return true;
}

OutboxRowsOfBatch::OutboxRowsOfBatch()
{
    rowsOfBatch = &m_rows;
}

OutboxRowsOfBatch::~OutboxRowsOfBatch()
{
    rowsOfBatch = nullptr;
}

void OutboxRowsOfBatch::committed()
{
    queuedRows.fetch_add(m_rows, std::memory_order_relaxed);
}

quint64 OutboxRepository::queuedSoFar()
{
    return queuedRows.load(std::memory_order_relaxed);
}

bool OutboxRepository::hasPending(const QString &purpose, const QString &keyPrefix)
{
    CachedQuery query(m_db, QStringLiteral("SELECT 1 FROM outbox WHERE purpose = ? AND status = "
                                           "'pending' AND substr(dedupe_key, 1, ?) = ?"));
    query.addBindValue(purpose);
    query.addBindValue(int(keyPrefix.size()));
    query.addBindValue(keyPrefix);
    return query.exec() && query.next();
}

QList<OutboxEntry> OutboxRepository::claimDue(const QDateTime &now, const QDateTime &leaseUntil,
                                              int limit)
{
    // One statement: the rows it picks are locked (PostgreSQL) or the database is (SQLite)
    // until it commits, so two workers never claim the same row.
    const QString lock = dialectOf(m_db) == SqlDialect::PostgreSQL
                             ? QStringLiteral(" FOR UPDATE SKIP LOCKED")
                             : QString();
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE outbox SET status = 'sending', next_attempt_at = ? "
                                     "WHERE id IN (SELECT id FROM outbox WHERE status IN "
                                     "('pending', 'sending') AND next_attempt_at <= ? "
                                     "ORDER BY next_attempt_at LIMIT %1%2) RETURNING ")
                              .arg(limit)
                              .arg(lock)
                          + Columns);
    query.addBindValue(toSqlTime(leaseUntil));
    query.addBindValue(toSqlTime(now));
    QList<OutboxEntry> claimed;
    if (!query.exec())
        return claimed;
    while (query.next())
        claimed.append(entryFrom(query));
    return claimed;
}

bool OutboxRepository::finish(qint64 id, const QString &status, const QString &error,
                              const QDateTime &at, int attempts)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE outbox SET status = ?, last_error = ?, finished_at = ?, "
                             "attempts = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(sqlText(error));
    query.addBindValue(toSqlTime(at));
    query.addBindValue(attempts);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxRepository::reschedule(qint64 id, int attempts, const QDateTime &next,
                                  const QString &error)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE outbox SET status = 'pending', attempts = ?, "
                                           "next_attempt_at = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(attempts);
    query.addBindValue(toSqlTime(next));
    query.addBindValue(sqlText(error));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxRepository::retryNow(qint64 id, const QDateTime &now)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE outbox SET status = 'pending', next_attempt_at = ?, "
                                     "finished_at = '' WHERE id = ? AND status IN ('pending', "
                                     "'failed')"));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<QDateTime> OutboxRepository::earliestDue()
{
    // Each MIN() a seek in outbox_due.
    CachedQuery query(m_db,
                      QStringLiteral("SELECT MIN(due) FROM (SELECT MIN(next_attempt_at) AS due "
                                     "FROM outbox WHERE status = 'pending' UNION ALL "
                                     "SELECT MIN(next_attempt_at) FROM outbox "
                                     "WHERE status = 'sending') AS earliest"));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return fromSqlTime(query.value(0));
}

QList<OutboxEntry> OutboxRepository::recent(int limit)
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit), {});
}

std::optional<OutboxEntry> OutboxRepository::entry(qint64 id)
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

std::optional<OutboxEntry> OutboxRepository::entryByKey(const QString &dedupeKey)
{
    const auto found = select(QStringLiteral("WHERE dedupe_key = ?"), {dedupeKey});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

QList<OutboxEntry> OutboxRepository::select(const QString &tail, const QVariantList &values)
{
    CachedQuery query(m_db,
                      QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox ") + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<OutboxEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

} // namespace papo::server
