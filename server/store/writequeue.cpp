#include "writequeue.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace papo::server {

WriteQueue::WriteQueue(const QString &databaseFile, QObject *context, int maxBatch)
    : m_databaseFile(databaseFile)
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

void WriteQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_databaseFile);
        const bool opened = db.open();
        if (!opened)
            qWarning("WriteQueue: cannot open %s: %s", qPrintable(m_databaseFile),
                     qPrintable(db.lastError().text()));
        for (const char *pragma :
             {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"})
            QSqlQuery(db).exec(QString::fromLatin1(pragma));
        while (true) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
                if (m_pending.empty())
                    break; // stopping, and everything submitted is done
                while (!m_pending.empty() && int(batch.size()) < m_maxBatch) {
                    batch.push_back(std::move(m_pending.front()));
                    m_pending.pop_front();
                }
            }
            runBatch(db, batch);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void WriteQueue::runBatch(QSqlDatabase &db, std::deque<Job> &batch)
{
    std::vector<bool> jobOk(batch.size(), false);
    QSqlQuery control(db);
    // IMMEDIATE takes the write lock up front, so reads inside a job never need an upgrade.
    bool committed = control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (committed) {
        QSqlQuery savepoint(db);
        for (size_t i = 0; i < batch.size(); ++i) {
            // A savepoint per job: one failing job never takes its batch-mates down.
            savepoint.exec(QStringLiteral("SAVEPOINT job"));
            jobOk[i] = batch[i].work(db);
            if (!jobOk[i])
                savepoint.exec(QStringLiteral("ROLLBACK TO job"));
            savepoint.exec(QStringLiteral("RELEASE job"));
        }
        committed = control.exec(QStringLiteral("COMMIT"));
        if (!committed) {
            qWarning("WriteQueue: commit failed: %s", qPrintable(control.lastError().text()));
            control.exec(QStringLiteral("ROLLBACK"));
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
        [completions = std::move(completions)] {
            for (const auto &complete : completions)
                complete();
        },
        Qt::QueuedConnection);
}

} // namespace papo::server
