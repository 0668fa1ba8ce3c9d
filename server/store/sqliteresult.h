#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace papo::server {

// A prepared SQLite statement behind QSqlQuery, for the statements CachedQuery keeps. Qt's own
// SQLite result, at every exec(), describes every column again (a QSqlField each, its type
// name lower-cased) and copies every column of every row into a QVariant, converted to UTF-16
// by SQLite, whether the caller reads it or not: half the writer's time went there. This one
// reads a column when it is asked for. Forward-only; values are bound by position (`?`) or by
// name (`:name`), and convert as Qt's driver converts them (a null QString binds NULL, a
// QDateTime binds ISO text, NULL reads back as a null QString).
class SqliteResult : public QSqlResult
{
public:
    SqliteResult(const QSqlDriver *driver, sqlite3 *connection);
    ~SqliteResult() override;

    // The connection Qt's SQLite driver opened for `driver`, or null for another driver.
    static sqlite3 *connectionOf(const QSqlDriver *driver);

protected:
    bool savePrepare(const QString &sql) override;
    bool prepare(const QString &sql) override;
    bool exec() override;
    bool reset(const QString &sql) override;
    void bindValue(int index, const QVariant &value, QSql::ParamType type) override;
    void bindValue(const QString &placeholder, const QVariant &value,
                   QSql::ParamType type) override;

    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool bindAll();
    bool step();
    void fail(const QString &what, int code);

    sqlite3 *m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_prepareError;       // why m_statement is null, for every exec()
    QList<QVariant> m_values;       // by parameter, 0-based
    QList<QByteArray> m_texts;      // the UTF-8 of bound strings, alive while they are bound
    bool m_firstRowWaiting = false; // exec() stepped onto a row fetchFirst() has not shown yet
};

} // namespace papo::server
