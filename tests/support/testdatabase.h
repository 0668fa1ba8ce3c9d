#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace papo::testing {

// The database a test runs against. ctest runs every test that starts papo-server twice:
// as is on SQLite, and with PAPO_TEST_DATABASE=postgresql against the run's throw-away
// cluster (tests/support/postgresql-cluster.sh, its socket directory in PAPO_TEST_PG_SOCKET),
// where each test makes its own fresh database.
namespace TestDatabase {

bool isPostgreSql();
// "sqlite" or "postgresql", for messages.
QString backendName();
// A --database URL: SQLite's file in `sqliteDirectory`, or a new empty PostgreSQL database.
// Empty (with a warning) when the database cannot be made.
QString freshUrl(const QString &sqliteDirectory);
// A new empty PostgreSQL database in the cluster; its URL, or empty.
QString createPostgreSql();
// Empties a PostgreSQL database made above (its schema dropped and made again), faster than
// a new one for tests that start over per test function.
bool resetPostgreSql(const QString &url);
// PostgreSQL, once papo-server made the schema: the next message ids run far ahead of the
// stream positions (as after rolled-back writes or a copy from SQLite), so a client or test
// that takes a message's id for its `seq` fails. False on failure.
bool setMessageIdsApart(const QString &url);
// A superuser URL of the cluster's database `name`, e.g. "postgres" for CREATE ROLE.
QString clusterUrl(const QString &name);

} // namespace TestDatabase

// For unit tests that start over with an empty database in every test function: a new
// temporary SQLite file each time, or one PostgreSQL database per process, emptied.
class ScratchDatabase final
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    // The URL of an empty database (empty on failure); close the previous one's connections
    // first.
    QString next();

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_postgresql;
};

} // namespace papo::testing
