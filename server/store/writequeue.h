#pragma once

#include "databaseurl.h"

#include <chatmessage.h>

#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class QSqlDatabase;

namespace papo::server {

// The durable write path: one thread with its own database connection (SQLite or
// PostgreSQL) runs submitted jobs in batches, one transaction per batch (group commit).
// While a batch commits, new jobs queue up and form the next batch, so thousands of
// messages a second share a few fsyncs.
// Each job's completion runs on the thread that owns `context`, after its batch committed.
class WriteQueue final
{
public:
    // Runs on the writer thread inside the batch transaction; false rolls back this job only.
    using Work = std::function<bool(QSqlDatabase &db)>;
    // Runs on the context's thread once the batch is durable (true) or failed (false).
    using Done = std::function<void(bool committed)>;

    WriteQueue(const DatabaseUrl &database, QObject *context, int maxBatch = 1000);
    ~WriteQueue();
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    void submit(Work work, Done done);
    // Finishes the jobs submitted so far, then stops the thread. Jobs still queued after
    // `drainFor` are dropped (a warning counts them): their callers never got an answer, and
    // clients send unacknowledged messages again, so a shutdown under a flood stays prompt.
    // The destructor stops with DrainOnStop.
    static constexpr std::chrono::milliseconds DrainOnStop{5000};
    void stop(std::chrono::milliseconds drainFor = DrainOnStop);

    // Inside a completion: the stream position `message` got when its batch committed (on
    // PostgreSQL, where jobs cannot know it), else the one it has.
    static qint64 positionOf(const common::ChatMessage &message);

private:
    struct Job
    {
        Work work;
        Done done;
    };

    void run();
    void runBatch(QSqlDatabase &db, std::deque<Job> &batch);

    const DatabaseUrl m_database;
    QObject *const m_context;
    const int m_maxBatch;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_pending;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_drainUntil;
    std::thread m_thread;
};

} // namespace papo::server
