#include "sqlitebackup.h"

#include "schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace papo::server {

namespace {

// One sqlite3 handle, closed when it goes.
class Connection final
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, int flags, QString *error)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr)
            == SQLITE_OK) {
            sqlite3_busy_timeout(m_db, 5000); // the server's writer may hold the lock a moment
            return true;
        }
        *error = QStringLiteral("cannot open %1: %2").arg(path, lastError());
        return false;
    }
    sqlite3 *handle() const { return m_db; }
    QString lastError() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }
    // The first column of the first row as text; false, saying why, on an error.
    bool scalar(const char *sql, QString *value, QString *error) const
    {
        sqlite3_stmt *statement = nullptr;
        int result = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        if (result == SQLITE_OK) {
            result = sqlite3_step(statement);
            if (result == SQLITE_ROW)
                *value = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        if (result == SQLITE_ROW || result == SQLITE_DONE)
            return true;
        *error = lastError();
        return false;
    }

private:
    sqlite3 *m_db = nullptr;
};

// The facts of an open database, after checking that it is whole and Papo's.
bool readFacts(const Connection &db, const QString &path, SqliteFileFacts *facts, QString *error)
{
    QString value;
    QString cause;
    if (!db.scalar("PRAGMA user_version", &value, &cause)) {
        *error = QStringLiteral("%1 is not a SQLite database (%2)").arg(path, cause);
        return false;
    }
    facts->schemaVersion = value.toInt();
    if (facts->schemaVersion > SchemaMigrator::latestVersion()) {
        *error = QStringLiteral("%1: %2").arg(
            path, SchemaMigrator::newerSchemaError(facts->schemaVersion));
        return false;
    }
    QString tables;
    if (facts->schemaVersion < 1
        || !db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                      "('operators', 'websites', 'conversations', 'messages')",
                      &tables, &cause)
        || tables != QLatin1String("4")) {
        *error = QStringLiteral("%1 is a SQLite database, but not Papo's").arg(path);
        return false;
    }
    if (!db.scalar("PRAGMA quick_check", &value, &cause) || value != QLatin1String("ok")) {
        *error = QStringLiteral("%1 is damaged: %2").arg(path, cause.isEmpty() ? value : cause);
        return false;
    }
    QString conversations, messages;
    if (!db.scalar("SELECT COUNT(*) FROM conversations", &conversations, &cause)
        || !db.scalar("SELECT COUNT(*) FROM messages", &messages, &cause)) {
        *error = QStringLiteral("%1: %2").arg(path, cause);
        return false;
    }
    facts->conversations = conversations.toLongLong();
    facts->messages = messages.toLongLong();
    return true;
}

// fsync of a file or a directory (for a rename to last).
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool renamePath(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = QStringLiteral("cannot rename %1 to %2").arg(from, to);
    return false;
}

// Copies the open `source` into `target` by way of `target.partial`: the whole database in one
// step (one read transaction: a consistent snapshot), then a single-file journal mode, a check,
// fsync and the rename.
bool copyTo(const Connection &source, const QString &target, SqliteFileFacts *facts, QString *error)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    bool ok = false;
    {
        Connection copy;
        if (!copy.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
            return false;
        sqlite3_backup *backup
            = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup) {
            *error = QStringLiteral("cannot start the copy: %1").arg(copy.lastError());
        } else {
            // -1: every page in one step. Steps of a few pages would let the server's writes in
            // between and start the copy over each time: under traffic, forever.
            const int stepped = sqlite3_backup_step(backup, -1);
            const int finished = sqlite3_backup_finish(backup);
            QString mode;
            if (stepped != SQLITE_DONE || finished != SQLITE_OK)
                *error = QStringLiteral("the copy failed: %1").arg(copy.lastError());
            else if (!copy.scalar("PRAGMA journal_mode=DELETE", &mode, error))
                ;
            else
                ok = readFacts(copy, partial, facts, error);
        }
    }
    ok = ok && syncPath(partial) && renamePath(partial, target, error)
         && syncPath(QFileInfo(target).absolutePath());
    if (!ok) {
        QFile::remove(partial);
        if (error->isEmpty())
            *error = QStringLiteral("cannot write %1").arg(target);
    }
    return ok;
}

} // namespace

bool SqliteBackup::inspect(const QString &path, SqliteFileFacts *facts, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("there is no file %1").arg(info.absoluteFilePath());
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = QStringLiteral("%1 is not a readable file").arg(info.absoluteFilePath());
        return false;
    }
    Connection db;
    return db.open(path, SQLITE_OPEN_READONLY, error) && readFacts(db, path, facts, error);
}

bool SqliteBackup::backup(const QString &source, const QString &target, SqliteFileFacts *facts,
                          QString *error)
{
    if (!QFileInfo::exists(source)) {
        *error = QStringLiteral("there is no Papo database at %1 (see --data-dir)")
                     .arg(QFileInfo(source).absoluteFilePath());
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(source).absoluteFilePath()) {
        *error = QStringLiteral("the backup must go to another file than the database");
        return false;
    }
    if (!QDir(QFileInfo(target).absolutePath()).exists()) {
        *error = QStringLiteral("there is no directory %1").arg(QFileInfo(target).absolutePath());
        return false;
    }
    // Read-write without CREATE: a reader of a WAL database may need to write its -shm index.
    Connection db;
    SqliteFileFacts sourceFacts;
    return db.open(source, SQLITE_OPEN_READWRITE, error)
           && readFacts(db, source, &sourceFacts, error) && copyTo(db, target, facts, error);
}

bool SqliteBackup::restore(const QString &file, const QString &target, SqliteFileFacts *facts,
                           QString *kept, QString *error)
{
    SqliteFileFacts fileFacts;
    if (!inspect(file, &fileFacts, error))
        return false;
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(target).absoluteFilePath()) {
        *error = QStringLiteral("%1 is the database itself").arg(file);
        return false;
    }
    const QString directory = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create the directory %1").arg(directory);
        return false;
    }
    Connection db;
    if (!db.open(file, SQLITE_OPEN_READONLY, error))
        return false;
    // The copy first, beside the database: until it is complete and checked nothing changes.
    const QString restored = target + QStringLiteral(".restored");
    if (!copyTo(db, restored, facts, error))
        return false;
    kept->clear();
    if (QFileInfo::exists(target)) {
        // Kept whole: its -wal (or a rollback journal) holds what a server had not yet written
        // into the file itself, and would spoil the restored file if left beside it.
        *kept = target + QStringLiteral(".before-restore");
        QStringList moved;
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile::remove(*kept + suffix);
            if (!QFileInfo::exists(target + suffix))
                continue;
            if (!renamePath(target + suffix, *kept + suffix, error)) {
                for (const QString &done : std::as_const(moved))
                    renamePath(*kept + done, target + done, error);
                QFile::remove(restored);
                return false;
            }
            moved << suffix;
        }
        QFile::remove(*kept + QStringLiteral("-shm"));
    }
    QFile::remove(target + QStringLiteral("-shm")); // the old -wal's index: SQLite makes it again
    return renamePath(restored, target, error) && syncPath(directory);
}

} // namespace papo::server
