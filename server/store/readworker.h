#pragma once

#include "databaseurl.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class QSqlDatabase;

namespace papo::server {

// Long reads off the event loop: one thread with its own database connection (SQLite or
// PostgreSQL) runs submitted reads one after the other, so a report over a year of data never
// stalls the chats the main thread serves. Each job's completion runs on the thread that owns
// `context`.
class ReadWorker final
{
public:
    // Runs on the worker thread with its connection.
    using Work = std::function<void(QSqlDatabase &db)>;

    ReadWorker(const DatabaseUrl &database, QObject *context);
    ~ReadWorker();
    ReadWorker(const ReadWorker &) = delete;
    ReadWorker &operator=(const ReadWorker &) = delete;

    // `done` runs on the context's thread after `work`, unless the worker stopped first.
    void submit(Work work, std::function<void()> done);
    // Finishes every job submitted so far, then stops the thread.
    void stop();

private:
    struct Job
    {
        Work work;
        std::function<void()> done;
    };

    void run();

    const DatabaseUrl m_database;
    QObject *const m_context;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_pending;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace papo::server
