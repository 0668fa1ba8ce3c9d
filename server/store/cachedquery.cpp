#include "cachedquery.h"

#include "sqlconnection.h"

#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <memory>
#include <unordered_map>

namespace papo::server {

namespace {

// Enough for every statement the server writes; beyond it (statements built with a varying
// number of values) the idle ones are dropped and prepared again when needed.
constexpr size_t MostStatementsPerConnection = 400;

struct SqlHash
{
    size_t operator()(const QString &sql) const { return qHash(sql); }
};

struct Statement
{
    QSqlQuery query;
    bool inUse = false;
};

// A connection is used by one thread only (Qt's rule), so only the registry needs the lock.
struct ConnectionStatements
{
    const QSqlDriver *driver = nullptr; // a connection reopened under the same name starts over
    std::unordered_map<QString, Statement, SqlHash> statements;

    void dropIdle()
    {
        std::erase_if(statements, [](const auto &entry) { return !entry.second.inUse; });
    }
};

QMutex registryLock;
std::unordered_map<QString, std::unique_ptr<ConnectionStatements>, SqlHash> &registry()
{
    static std::unordered_map<QString, std::unique_ptr<ConnectionStatements>, SqlHash> connections;
    return connections;
}

ConnectionStatements &statementsOf(const QSqlDatabase &db)
{
    QMutexLocker locker(&registryLock);
    auto &slot = registry()[db.connectionName()];
    if (!slot)
        slot = std::make_unique<ConnectionStatements>();
    if (slot->driver != db.driver()) {
        slot->statements.clear();
        slot->driver = db.driver();
    }
    return *slot;
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    // Qt's SQLite results otherwise make room for 128 rows of QVariants at every exec() and
    // clear them again (a quarter of the writer's time). Not on PostgreSQL: there a
    // forward-only result is fetched row by row, and a statement run meanwhile on the same
    // connection (our nested reads) would cut it short.
    if (dialectOf(db) == SqlDialect::SQLite)
        query.setForwardOnly(true);
    query.prepare(sql); // a failure shows at exec(), with its error, as before
    return query;
}

} // namespace

CachedQuery::CheckedOut CachedQuery::checkOut(const QSqlDatabase &db, const QString &sql)
{
    ConnectionStatements &connection = statementsOf(db);
    auto found = connection.statements.find(sql);
    if (found != connection.statements.end()) {
        if (found->second.inUse)
            return {prepared(db, sql), false};
        found->second.inUse = true;
        return {std::move(found->second.query), true}; // back in ~CachedQuery()
    }
    QSqlQuery query = prepared(db, sql);
    if (query.lastError().isValid())
        return {std::move(query), false};
    if (connection.statements.size() >= MostStatementsPerConnection)
        connection.dropIdle();
    connection.statements.emplace(sql, Statement{QSqlQuery(db), true});
    return {std::move(query), true};
}

CachedQuery::CachedQuery(const QSqlDatabase &db, const QString &sql)
    : CachedQuery(db, sql, checkOut(db, sql))
{}

CachedQuery::CachedQuery(const QSqlDatabase &db, const QString &sql, CheckedOut checkedOut)
    : QSqlQuery(std::move(checkedOut.query))
    , m_connection(db.connectionName())
    , m_sql(sql)
    , m_cached(checkedOut.cached)
{}

bool CachedQuery::exec()
{
    if (QSqlQuery::exec())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    reopenIfBroken(db);
    return false;
}

CachedQuery::~CachedQuery()
{
    finish();
    if (!m_cached)
        return;
    QMutexLocker locker(&registryLock);
    const auto connection = registry().find(m_connection);
    if (connection == registry().end())
        return;
    if (const auto found = connection->second->statements.find(m_sql);
        found != connection->second->statements.end()) {
        found->second.query = std::move(static_cast<QSqlQuery &>(*this));
        found->second.inUse = false;
    }
}

void forgetCachedQueries(const QString &connection)
{
    std::unique_ptr<ConnectionStatements> forgotten;
    {
        QMutexLocker locker(&registryLock);
        if (const auto found = registry().find(connection); found != registry().end()) {
            forgotten = std::move(found->second);
            registry().erase(found);
        }
    }
}

} // namespace papo::server
