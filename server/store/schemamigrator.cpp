#include "schemamigrator.h"

#include "migrations.h"
#include "sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace papo::server {

namespace {
// pg_advisory_xact_lock's key for schema changes: any number, the same in every node.
constexpr qint64 SchemaLockKey = 0x7061706f; // "papo"
} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db)
    : m_db(db)
    , m_postgres(dialectOf(db) == SqlDialect::PostgreSQL)
{}

int SchemaMigrator::latestVersion()
{
    return int(schemaMigrations().size());
}

int SchemaMigrator::version()
{
    QSqlQuery query(m_db);
    if (!m_postgres)
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
        || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SchemaMigrator::exec(const QString &statement, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), statement.simplified());
    return false;
}

bool SchemaMigrator::begin(QString *error)
{
    if (!m_postgres) // IMMEDIATE: the write lock first, so the version read below stays true
        return exec(QStringLiteral("BEGIN IMMEDIATE"), error);
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    return lockSchema(error);
}

bool SchemaMigrator::lockSchema(QString *error)
{
    if (!m_postgres)
        return true;
    return exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey), error)
           && exec(QStringLiteral(
                       "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
                   error);
}

bool SchemaMigrator::writeVersion(int version, QString *error)
{
    if (!m_postgres)
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    return exec(QStringLiteral("DELETE FROM schema_version"), error)
           && exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version),
                   error);
}

bool SchemaMigrator::apply(int from, int to, QString *error)
{
    const auto &migrations = schemaMigrations();
    const SqlDialect dialect = m_postgres ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
    for (int version = from; version < to; ++version) {
        for (const QString &statement : migrationStatements(migrations.at(version), dialect)) {
            if (!exec(statement, error))
                return false;
        }
        if (!writeVersion(version + 1, error))
            return false;
    }
    return true;
}

bool SchemaMigrator::migrate(QString *error)
{
    const int latest = latestVersion();
    if (!begin(error)) {
        m_db.rollback();
        return false;
    }
    const int current = version();
    if (current < 0 || current >= latest) {
        m_db.rollback();
        if (current > latest)
            *error = newerSchemaError(current);
        else if (current < 0)
            *error
                = QStringLiteral("cannot read the schema version: %1").arg(m_db.lastError().text());
        return current == latest;
    }
    if (!apply(current, latest, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QString SchemaMigrator::newerSchemaError(int version)
{
    return QStringLiteral("the database's schema is version %1, newer than this papo-server "
                          "(version %2 at most): it was upgraded by a newer papo-server. Run that "
                          "version again, or restore a backup made before the upgrade.")
        .arg(version)
        .arg(latestVersion());
}

bool SchemaMigrator::acceptsSqliteFile(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return true;
    sqlite3 *db = nullptr;
    int version = 0;
    // Read-only: nothing in the file changes, whatever it holds.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    if (version <= latestVersion())
        return true;
    *error = newerSchemaError(version);
    return false;
}

} // namespace papo::server
