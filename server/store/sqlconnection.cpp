#include "sqlconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

bool openSqlite(QSqlDatabase &db, const DatabaseUrl &url, QString *error)
{
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
    return configure(
        db,
        {QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA journal_mode=WAL"),
         QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")},
        error);
}

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
    return configure(db, {QStringLiteral("SET client_min_messages = warning")}, error);
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
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

} // namespace papo::server
