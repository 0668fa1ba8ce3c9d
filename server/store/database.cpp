#include "database.h"

#include "schemamigrator.h"
#include "sqlconnection.h"

#include <QUuid>

namespace papo::server {

Database::Database()
    : m_connectionName(QStringLiteral("papo-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    closeSqlConnection(m_connectionName);
}

bool Database::open(const DatabaseUrl &url, QString *error)
{
    m_url = url;
    if (!url.isPostgreSql() && !SchemaMigrator::acceptsSqliteFile(url.sqlitePath(), error)) {
        *error = QStringLiteral("%1: %2").arg(url.redacted(), *error);
        return false;
    }
    if (!openSqlConnection(url, m_connectionName, error))
        return false;
    if (SchemaMigrator(connection()).migrate(error))
        return true;
    *error = QStringLiteral("%1: %2").arg(url.redacted(), *error);
    return false;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SchemaMigrator(connection()).version();
}

} // namespace papo::server
