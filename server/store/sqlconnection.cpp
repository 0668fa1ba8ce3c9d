#include "sqlconnection.h"

#include "cachedquery.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <mutex>

namespace papo::server {

namespace {

bool configure(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
            return false;
        }
    }
    return true;
}

// Switching to WAL takes the exclusive lock. A second server opening a new database together
// with the first finds it held while the first migrates, which on a loaded machine can take
// longer than the busy timeout (and SQLite answers a request that would deadlock at once). So
// the switch is tried again, for up to half a minute.
bool switchToWal(QSqlDatabase &db, QString *error)
{
    const QString statement = QStringLiteral("PRAGMA journal_mode=WAL");
    QDeadlineTimer deadline(30'000);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(statement))
            return true;
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        const bool locked = code == SQLITE_BUSY || code == SQLITE_LOCKED;
        if (!locked || deadline.hasExpired()) {
            *error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
            return false;
        }
        QThread::msleep(10);
    }
}

// SQLite counts every allocation under one process-wide mutex unless told not to: with the
// event loop and the writer both in SQLite, that mutex was a third of the event loop's time
// under load. It must be said before the library's first use, so before the first open.
void stopSqliteMemoryStatistics()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

bool openSqlite(QSqlDatabase &db, const DatabaseUrl &url, QString *error)
{
    stopSqliteMemoryStatistics();
    const QString directory = QFileInfo(url.sqlitePath()).absolutePath();
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create the directory %1").arg(directory);
        return false;
    }
    db.setDatabaseName(url.sqlitePath());
    if (!db.open()) {
        *error = QStringLiteral("Cannot open %1: %2").arg(url.redacted(), db.lastError().text());
        return false;
    }
    // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable
    // before a message is acknowledged. The busy timeout first: switching to WAL needs a lock.
    return configure(db, {QStringLiteral("PRAGMA busy_timeout=5000")}, error)
           && switchToWal(db, error)
           && configure(db,
                        {QStringLiteral("PRAGMA synchronous=FULL"),
                         QStringLiteral("PRAGMA foreign_keys=ON")},
                        error);
}

const QStringList PostgreSqlSettings{QStringLiteral("SET client_min_messages = warning")};

bool openPostgreSql(QSqlDatabase &db, const DatabaseUrl &url, QString *error)
{
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.user());
    db.setPassword(url.password()); // empty: libpq reads PGPASSWORD or ~/.pgpass itself
    db.setDatabaseName(url.databaseName());
    // The URL's own options come last, so its application_name wins over ours.
    db.setConnectOptions(
        (QStringList{QStringLiteral("application_name='papo-server'")} + url.options())
            .join(QLatin1Char(';')));
    if (!db.open()) {
        // libpq's message names the user and host, never the password.
        *error = QStringLiteral("Cannot connect to %1: %2")
                     .arg(url.redacted(), db.lastError().databaseText().trimmed());
        return false;
    }
    // to_tsquery() and the like report harmless NOTICEs, which libpq would print on stderr.
    return configure(db, PostgreSqlSettings, error);
}

// Qt's driver tells a PostgreSQL connection that went bad as not open; libpq says it too.
bool isBroken(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    // Qt's PostgreSQL driver hands out its PGconn (a struct pg_conn) pointer.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

} // namespace

bool openSqlConnection(const DatabaseUrl &url, const QString &name, QString *error)
{
    const bool postgres = url.isPostgreSql();
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = postgres ? QStringLiteral("PostgreSQL support is missing: install Qt's "
                                           "PostgreSQL driver (Debian: libqt6sql6-psql)")
                          : QStringLiteral("SQLite support is missing: install Qt's SQLite "
                                           "driver (Debian: libqt6sql6-sqlite)");
        return false;
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        opened = postgres ? openPostgreSql(db, url, error) : openSqlite(db, url, error);
    }
    if (!opened)
        closeSqlConnection(name);
    return opened;
}

void closeSqlConnection(const QString &name)
{
    forgetCachedQueries(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool reopenIfBroken(QSqlDatabase &db)
{
    if (!db.isValid() || dialectOf(db) != SqlDialect::PostgreSQL || !isBroken(db))
        return false;
    static QMutex lock;
    static QHash<QString, qint64> lastAttempt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker locker(&lock);
        qint64 &last = lastAttempt[db.connectionName()];
        if (now - last < 1000)
            return false;
        last = now;
    }
    forgetCachedQueries(db.connectionName()); // prepared in the old session: gone with it
    db.close();
    QString error;
    if (!db.open() || !configure(db, PostgreSqlSettings, &error)) {
        qWarning("Database connection %s is broken; opening it again failed: %s",
                 qPrintable(db.connectionName()), qPrintable(db.lastError().text() + error));
        return false;
    }
    qWarning("Database connection %s was broken and is open again",
             qPrintable(db.connectionName()));
    return true;
}

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

} // namespace papo::server
