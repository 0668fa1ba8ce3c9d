#pragma once

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// Brings a database's schema to the version of this binary with the numbered migrations
// (migrations.h). The version lives in SQLite's `PRAGMA user_version` or PostgreSQL's
// one-row `schema_version` table.
class SchemaMigrator final
{
public:
    explicit SchemaMigrator(QSqlDatabase db);

    static int latestVersion();
    // 0 for an empty database, -1 when it cannot be read.
    int version();
    // Every pending version in one transaction, so a failed upgrade leaves the database at the
    // version it had, for the previous papo-server to run again. In PostgreSQL it takes an
    // advisory lock first, so nodes that start together migrate once; a database newer than this
    // binary is refused.
    bool migrate(QString *error);
    // Before a SQLite file is opened for writing (which switches it to WAL, rewriting its header):
    // false, saying why, when its schema is newer than this binary's, so a refused file stays
    // byte for byte as it was. A missing file or one SQLite cannot read passes: open() will say.
    static bool acceptsSqliteFile(const QString &path, QString *error);
    // Why a database at `version` is refused.
    static QString newerSchemaError(int version);
    // For a caller's own transaction: in PostgreSQL the advisory lock that migrate() takes
    // and the version table.
    bool lockSchema(QString *error);
    // Migrations `from` up to `to` inside the caller's transaction, version included.
    bool apply(int from, int to, QString *error);

private:
    bool begin(QString *error);
    bool exec(const QString &statement, QString *error);
    bool writeVersion(int version, QString *error);

    QSqlDatabase m_db;
    bool m_postgres = false;
};

} // namespace papo::server
