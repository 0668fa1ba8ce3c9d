#include "cachedquery.h"

#include "sqlconnection.h"
#include "sqliteresult.h"

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

} // namespace

struct CachedQuery::Statement
{
    QSqlQuery query;
    bool inUse = false;
};

// A connection is used by one thread only (Qt's rule), so only the registry needs the lock. A
// statement in use stays in its map (dropIdle() keeps it), so its CachedQuery returns it
// without looking it up again; a connection forgotten or reopened meanwhile leaves its old
// statements to the CachedQuery objects still holding them.
struct CachedQuery::ConnectionStatements
{
    const QSqlDriver *driver = nullptr;
    std::unordered_map<QString, Statement, SqlHash> statements;

    void dropIdle()
    {
        std::erase_if(statements, [](const auto &entry) { return !entry.second.inUse; });
    }
};

namespace {

using Registry
    = std::unordered_map<QString, std::shared_ptr<CachedQuery::ConnectionStatements>, SqlHash>;

QMutex registryLock;
Registry &registry()
{
    static Registry connections;
    return connections;
}

std::shared_ptr<CachedQuery::ConnectionStatements> statementsOf(const QSqlDatabase &db)
{
    QMutexLocker locker(&registryLock);
    auto &slot = registry()[db.connectionName()];
    // A connection reopened under the same name starts over.
    if (!slot || slot->driver != db.driver()) {
        slot = std::make_shared<CachedQuery::ConnectionStatements>();
        slot->driver = db.driver();
    }
    return slot;
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    // On SQLite our own result reads only the columns asked for (sqliteresult.h).
    if (sqlite3 *connection = SqliteResult::connectionOf(db.driver())) {
        QSqlQuery query(new SqliteResult(db.driver(), connection));
        query.prepare(sql); // a failure shows at exec(), with its error, as before
        return query;
    }
    // PostgreSQL stays scrollable: there a forward-only result is fetched row by row, and a
    // statement run meanwhile on the same connection (our nested reads) would cut it short.
    QSqlQuery query(db);
    query.prepare(sql);
    return query;
}

} // namespace

CachedQuery::CheckedOut CachedQuery::checkOut(const QSqlDatabase &db, const QString &sql)
{
    auto connection = statementsOf(db);
    auto found = connection->statements.find(sql);
    if (found != connection->statements.end()) {
        if (found->second.inUse)
            return {prepared(db, sql), nullptr, nullptr};
        found->second.inUse = true;
        // back in ~CachedQuery()
        return {std::move(found->second.query), std::move(connection), &found->second};
    }
    QSqlQuery query = prepared(db, sql);
    if (query.lastError().isValid())
        return {std::move(query), nullptr, nullptr};
    if (connection->statements.size() >= MostStatementsPerConnection)
        connection->dropIdle();
    Statement *statement
        = &connection->statements.emplace(sql, Statement{QSqlQuery(db), true}).first->second;
    return {std::move(query), std::move(connection), statement};
}

CachedQuery::CachedQuery(const QSqlDatabase &db, const QString &sql)
    : CachedQuery(db, checkOut(db, sql))
{}

CachedQuery::CachedQuery(const QSqlDatabase &db, CheckedOut checkedOut)
    : QSqlQuery(std::move(checkedOut.query))
    , m_connectionName(db.connectionName())
    , m_connection(std::move(checkedOut.connection))
    , m_statement(checkedOut.statement)
{}

bool CachedQuery::exec()
{
    if (QSqlQuery::exec())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    reopenIfBroken(db);
    return false;
}

CachedQuery::~CachedQuery()
{
    finish();
    if (!m_statement)
        return;
    m_statement->query = std::move(static_cast<QSqlQuery &>(*this));
    m_statement->inUse = false;
}

void forgetCachedQueries(const QString &connection)
{
    std::shared_ptr<CachedQuery::ConnectionStatements> forgotten;
    {
        QMutexLocker locker(&registryLock);
        if (const auto found = registry().find(connection); found != registry().end()) {
            forgotten = std::move(found->second);
            registry().erase(found);
        }
    }
    // The idle statements go now, before the connection closes; one still in use goes with
    // its CachedQuery.
    if (forgotten)
        forgotten->dropIdle();
}

} // namespace papo::server
