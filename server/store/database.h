#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// Owns the main thread's connection to the database (SQLite or PostgreSQL, from
// --database) and brings its schema up to date.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (for SQLite creating if needed) the database and runs pending migrations.
    bool open(const DatabaseUrl &url, QString *error);
    QSqlDatabase connection() const;
    // Where it lives, for the other connections (the WriteQueue's).
    const DatabaseUrl &url() const { return m_url; }
    SqlDialect dialect() const { return m_url.dialect(); }
    int schemaVersion() const;

private:
    QString m_connectionName;
    DatabaseUrl m_url;
};

} // namespace papo::server
