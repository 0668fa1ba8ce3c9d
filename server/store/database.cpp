#include "database.h"

#include "migrations.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace papo::server {

namespace {

bool exec(QSqlDatabase db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), statement.simplified());
    return false;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("papo-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("Cannot create the data directory %1").arg(dataDir);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("papo.sqlite")));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable
    // before a message is acknowledged.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!exec(db, QString::fromLatin1(pragma), error))
            return false;
    }
    return migrate(error);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::filePath() const
{
    return connection().databaseName();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : -1;
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    const auto &migrations = schemaMigrations();
    for (int version = schemaVersion(); version < migrations.size(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (const QString &statement : migrations.at(version)) {
            if (!exec(db, statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error)
            || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace papo::server
