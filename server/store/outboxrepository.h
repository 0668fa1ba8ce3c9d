#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// One row of the outbox: something to deliver (an email today; webhooks and chat services
// are more kinds), written in the same transaction as its cause.
struct OutboxEntry
{
    qint64 id = 0;
    QString kind;      // how it is delivered: "email"
    QString purpose;   // why: "transcript", "offline_message", "visitor_reply", "test", …
    QString dedupeKey; // one event, one row: a second insert with this key does nothing
    QString payload;   // the kind's JSON
    QString status;    // pending, sending, sent, failed, cancelled
    int attempts = 0;
    QDateTime nextAttemptAt; // pending: when it is due; sending: when the claim lapses
    QString lastError;
    QDateTime createdAt;
    QDateTime finishedAt;
};

// WriteQueue holds one per batch: the rows its jobs queue count for queuedSoFar() once the
// batch committed, so the worker its completions wake reads them. (Rows queued outside a
// batch count at once.)
class OutboxRowsOfBatch final
{
public:
    OutboxRowsOfBatch();
    ~OutboxRowsOfBatch();
    OutboxRowsOfBatch(const OutboxRowsOfBatch &) = delete;
    OutboxRowsOfBatch &operator=(const OutboxRowsOfBatch &) = delete;

    void committed();

private:
    quint64 m_rows = 0;
};

// The outbox table. Rows are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL, so several
// nodes can share it; a claim lapses after its lease, so a node that died mid-delivery does
// not keep a row forever.
class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // False on a database error; a row with the same dedupe key already there is success.
    bool enqueue(const QString &kind, const QString &purpose, const QString &dedupeKey,
                 const QString &payload, const QDateTime &due, const QDateTime &now);
    // A row of this purpose still waiting (not being sent) whose dedupe key starts with
    // `keyPrefix`.
    bool hasPending(const QString &purpose, const QString &keyPrefix);
    // Marks up to `limit` due rows (pending, or sending with a lapsed lease) as sending until
    // `leaseUntil` and returns them.
    QList<OutboxEntry> claimDue(const QDateTime &now, const QDateTime &leaseUntil, int limit);
    bool finish(qint64 id, const QString &status, const QString &error, const QDateTime &at,
                int attempts);
    bool reschedule(qint64 id, int attempts, const QDateTime &next, const QString &error);
    // Retry now: a pending or failed row becomes due at `now`. False when there is no such row.
    bool retryNow(qint64 id, const QDateTime &now);
    std::optional<QDateTime> earliestDue();
    // How many rows this process has queued so far, counted once durable: a worker that saw
    // the same count before knows no row came from this node since.
    static quint64 queuedSoFar();
    QList<OutboxEntry> recent(int limit);
    std::optional<OutboxEntry> entry(qint64 id);
    std::optional<OutboxEntry> entryByKey(const QString &dedupeKey);

private:
    QList<OutboxEntry> select(const QString &tail, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace papo::server
