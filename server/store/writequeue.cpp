#include "writequeue.h"

#include "conversationtouches.h"
#include "messagesearch.h"
#include "outboxrepository.h"
#include "sqlconnection.h"
#include "sqliteresult.h"
#include "streampositions.h"
#include "walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace papo::server {

namespace {
// The stream positions of the batch whose completions run now on this thread, by message id.
thread_local const QHash<qint64, qint64> *completingBatch = nullptr;
} // namespace

WriteQueue::WriteQueue(const DatabaseUrl &database, QObject *context, int maxBatch)
    : m_database(database)
    , m_context(context)
    , m_maxBatch(maxBatch)
{
    m_thread = std::thread([this] { run(); });
}

WriteQueue::~WriteQueue()
{
    stop();
}

void WriteQueue::submit(Work work, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back({std::move(work), std::move(done)});
    }
    m_wake.notify_one();
}

void WriteQueue::stop(std::chrono::milliseconds drainFor)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping)
            m_drainUntil = std::chrono::steady_clock::now() + drainFor;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void WriteQueue::run()
{
    const QString name
        = QStringLiteral("papo-writer-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    if (!openSqlConnection(m_database, name, &error))
        qWarning("WriteQueue: %s", qPrintable(error)); // every job then fails: nothing is acked
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        std::optional<WalCheckpointer> checkpointer; // SQLite: the log is copied back beside us
        if (sqlite3 *writer = SqliteResult::connectionOf(db.driver())) {
            checkpointer.emplace(m_database);
            checkpointer->watch(writer);
        }
        while (true) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
                if (m_pending.empty())
                    break; // stopping, and everything submitted is done
                if (m_stopping && std::chrono::steady_clock::now() >= m_drainUntil) {
                    qWarning("WriteQueue: stopped with %zu writes not stored", m_pending.size());
                    m_pending.clear();
                    break;
                }
                while (!m_pending.empty() && int(batch.size()) < m_maxBatch) {
                    batch.push_back(std::move(m_pending.front()));
                    m_pending.pop_front();
                }
            }
            // A PostgreSQL connection that broke (a database restart) is opened again. The
            // batch it broke under failed: its callers said so, and clients send again.
            reopenIfBroken(db);
            runBatch(db, batch);
        }
    }
    closeSqlConnection(name);
}

void WriteQueue::runBatch(QSqlDatabase &db, std::deque<Job> &batch)
{
    std::vector<bool> jobOk(batch.size(), false);
    QSqlQuery control(db);
    // SQLite's IMMEDIATE takes the write lock up front, so reads inside a job never need an
    // upgrade. On PostgreSQL several nodes write at once; the batch's new messages get their
    // stream positions last, right before the commit (docs/scaling.md).
    const bool postgresql = dialectOf(db) == SqlDialect::PostgreSQL;
    const auto begin = [&] {
        return postgresql ? db.transaction() : control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    };
    // A connection broken by a database restart shows only when used: the first batch after
    // it opens the connection again rather than failing (a new visitor's hello waits on it).
    bool committed = begin();
    if (!committed && reopenIfBroken(db)) {
        control = QSqlQuery(db);
        committed = begin();
    }
    QHash<qint64, qint64> placed;
    if (!committed)
        qWarning("WriteQueue: cannot begin a transaction: %s",
                 qPrintable((postgresql ? db.lastError() : control.lastError()).text()));
    if (committed) {
        const qint64 lastMessage = postgresql ? 0 : MessageSearch(db).lastMessageId();
        ConversationTouches touches;
        OutboxRowsOfBatch outboxRows;
        for (size_t i = 0; i < batch.size(); ++i) {
            // A savepoint per job: one failing job never takes its batch-mates down. In
            // PostgreSQL a failed statement aborts the transaction until the savepoint is
            // rolled back, so RELEASE fails then and the job counts as failed too.
            control.exec(QStringLiteral("SAVEPOINT job"));
            jobOk[i] = batch[i].work(db) && control.exec(QStringLiteral("RELEASE job"));
            if (!jobOk[i]) {
                control.exec(QStringLiteral("ROLLBACK TO job"));
                control.exec(QStringLiteral("RELEASE job"));
            }
            touches.jobFinished(jobOk[i]);
        }
        touches.write(db);
        // The batch's new messages get their stream positions (PostgreSQL) or enter the
        // search index (SQLite).
        const bool finished = postgresql ? StreamPositions(db).placeNewMessages(&placed)
                                         : MessageSearch(db).indexMessagesAfter(lastMessage);
        // QSqlDatabase::commit() also notices PostgreSQL's COMMIT that turned into ROLLBACK.
        committed = finished && db.commit();
        if (committed) {
            outboxRows.committed();
        } else {
            qWarning("WriteQueue: %s failed: %s", finished ? "commit" : "finishing the batch",
                     qPrintable(db.lastError().text()));
            db.rollback(); // the jobs fail, and their callers say so
        }
    }
    std::vector<std::function<void()>> completions;
    for (size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].done)
            completions.push_back(
                [done = std::move(batch[i].done), ok = committed && jobOk[i]] { done(ok); });
    }
    // One queued call per batch keeps the completions in commit order.
    QMetaObject::invokeMethod(
        m_context,
        [completions = std::move(completions), placed = std::move(placed)] {
            completingBatch = &placed;
            for (const auto &complete : completions)
                complete();
            completingBatch = nullptr;
        },
        Qt::QueuedConnection);
}

qint64 WriteQueue::positionOf(const common::ChatMessage &message)
{
    if (message.position != 0 || !completingBatch)
        return message.position;
    return completingBatch->value(message.id);
}

} // namespace papo::server
