#pragma once

#include <QString>

namespace papo::server {

// Says "a papo-server runs on this SQLite database": an exclusive flock(2) on a file beside it
// (`papo.sqlite.lock`), held for the process's life and let go by the kernel when it ends, even
// in a crash, so no stale lock is ever left. papo-server takes it on start, so two servers
// never share one file; `papo-server restore` takes it too, and is refused while it is held.
// The file also names the holder's process id, for the message. A flock, not SQLite's own
// locks: those are POSIX locks that any close() of the file in the process would drop.
class DatabaseLock final
{
public:
    DatabaseLock() = default;
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // False, saying which process holds it, when another process does (or the file cannot be
    // made: a read-only directory).
    bool acquire(const QString &sqlitePath, QString *error);
    void release();

    static QString lockPathOf(const QString &sqlitePath);

private:
    int m_fd = -1;
};

} // namespace papo::server
