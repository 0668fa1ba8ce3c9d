#pragma once

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// Owns the SQLite connection of the data directory and brings its schema up to date.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) DIR/papo.sqlite in WAL mode and runs pending migrations.
    bool open(const QString &dataDir, QString *error);
    QSqlDatabase connection() const;
    QString filePath() const;
    int schemaVersion() const;

private:
    bool migrate(QString *error);

    QString m_connectionName;
};

} // namespace papo::server
