#pragma once

#include "databaseurl.h"

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace papo::server {

// Copies SQLite's write-ahead log back into the database on a thread of its own. SQLite does
// it by default inside the commit that crosses 1,000 pages of log, so one batch in every few
// waited for the copy and its fsync (6 % of the writer's time, and that batch's messages were
// acknowledged that much later). watch() takes the writer connection's checkpoints over; the
// checkpoints here are PASSIVE: they never wait for, nor block, the writer or the readers.
class WalCheckpointer final
{
public:
    static constexpr int PagesBeforeCheckpoint = 1000; // SQLite's own default
    // A checkpoint beside a writer that never pauses copies all but the newest pages, and the
    // log only starts over once one has copied them all: past this size the writer's commit
    // checkpoints itself, as SQLite would, so the log stays bounded under any load.
    static constexpr int PagesBeforeWriterCheckpoints = 4 * PagesBeforeCheckpoint;

    explicit WalCheckpointer(const DatabaseUrl &database);
    ~WalCheckpointer(); // stops the thread, and stops watching
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From the writer's thread: its commits now wake this checkpointer instead of checkpointing.
    // False (and SQLite keeps checkpointing in the commits) when this one has no connection.
    bool watch(sqlite3 *writer);

private:
    static int committed(void *self, sqlite3 *, const char *, int pagesInLog);
    void run();

    const DatabaseUrl m_database;
    sqlite3 *m_writer = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    enum class Connection { Opening, Open, Failed } m_connection = Connection::Opening;
    bool m_due = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace papo::server
