#pragma once

#include <QSqlQuery>

#include <memory>

namespace papo::server {

// A statement prepared once per connection and kept: SQLite and PostgreSQL parse and plan it at
// its first use only (parsing was the event loop's largest cost under load). Use it as the
// QSqlQuery it is. When it goes out of scope it is finished (SQLite releases its read snapshot)
// and waits in its connection's cache for the next call; a statement already in use, by a call
// further up the stack, is prepared afresh for this one and not kept.
class CachedQuery : public QSqlQuery
{
public:
    CachedQuery(const QSqlDatabase &db, const QString &sql);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    // QSqlQuery::exec(); when it fails because the connection broke, the connection is opened
    // again for the next statement (reopenIfBroken()).
    bool exec();

    struct Statement;
    struct ConnectionStatements;

private:
    struct CheckedOut
    {
        QSqlQuery query;
        std::shared_ptr<ConnectionStatements> connection; // null: not kept
        Statement *statement = nullptr;
    };
    static CheckedOut checkOut(const QSqlDatabase &db, const QString &sql);
    CachedQuery(const QSqlDatabase &db, CheckedOut checkedOut);

    QString m_connectionName;
    std::shared_ptr<ConnectionStatements> m_connection; // keeps m_statement's map alive
    Statement *m_statement;
};

// Drops the statements kept for `connection`; closeSqlConnection() does it before closing.
void forgetCachedQueries(const QString &connection);

} // namespace papo::server
