#pragma once

#include <QString>

namespace papo::server {

// What a SQLite file holds, as `backup` and `restore` report it.
struct SqliteFileFacts
{
    int schemaVersion = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
};

// `papo-server backup` and `restore` for SQLite, with SQLite's online backup API
// (sqlite3_backup_*): a consistent copy of the database as one transaction saw it, made
// beside a running server (in WAL mode the read never blocks the server's writer, nor the
// writer the read). Copies are written to `NAME.partial`, checked, made durable and only then
// renamed to NAME, so neither a crash nor a bad source ever leaves half a file under the name.
class SqliteBackup final
{
public:
    // Is `path` a Papo database this binary can run (not newer than it)? Only reads it.
    static bool inspect(const QString &path, SqliteFileFacts *facts, QString *error);
    // Copies the database at `source` to `target` (replaced only by a complete, checked copy).
    // The copy is a single file (rollback journal, no -wal beside it).
    static bool backup(const QString &source, const QString &target, SqliteFileFacts *facts,
                       QString *error);
    // Puts the backup `file` in place of the database at `target`, which no server may be
    // using (the caller holds its DatabaseLock). A database already there is kept as
    // `target.before-restore` (its -wal with it), named in *kept. `file` is checked with
    // inspect() first: when it is refused, nothing changes.
    static bool restore(const QString &file, const QString &target, SqliteFileFacts *facts,
                        QString *kept, QString *error);
};

} // namespace papo::server
