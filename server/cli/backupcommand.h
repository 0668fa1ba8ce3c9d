#pragma once

#include <databaseurl.h>

#include <QString>

#include <optional>

namespace papo::server {

// `papo-server backup FILE` and `papo-server restore FILE` for the data directory's SQLite
// database (or --database sqlite:PATH); docs/scaling.md, "Backups".
// - backup copies the database while the server runs (SqliteBackup: SQLite's online backup API,
//   a consistent snapshot that never stops the server's writes);
// - restore puts a backup in place of the database, refused while a papo-server uses it (its
//   DatabaseLock), and keeps the database it replaces as papo.sqlite.before-restore.
// A FILE that is missing, not a database, not Papo's or newer than this papo-server is refused
// with nothing changed. For PostgreSQL both say to use pg_dump / pg_restore instead.
// Files (attachments/, avatars) are not in the database: they are copied with the directory.
class BackupCommand final
{
public:
    // `database`: --database, else the data directory's SQLite file.
    BackupCommand(std::optional<DatabaseUrl> database, QString dataDir);

    // Each prints what it did on stdout, or why not on stderr; returns the exit code.
    int backup(const QString &file);
    int restore(const QString &file);

private:
    DatabaseUrl m_database;
};

} // namespace papo::server
