#pragma once

#include "databaseurl.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace papo::server {

// papo-server --migrate-to: copies a SQLite database, every table, into an empty PostgreSQL
// database and checks the copy, in one PostgreSQL transaction: the target's schema is built
// up to the SQLite file's version, the rows are copied with their ids, each table's row
// count and checksum are compared, then the remaining migrations run. Any failure rolls
// everything back, leaving the target empty. The SQLite file is only read.
class DatabaseCopy final
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QByteArray checksum; // hex, the same for the source and the copy
    };

    DatabaseCopy(const DatabaseUrl &source, const DatabaseUrl &target);
    ~DatabaseCopy();
    DatabaseCopy(const DatabaseCopy &) = delete;
    DatabaseCopy &operator=(const DatabaseCopy &) = delete;

    // `progress` hears one line per step.
    bool run(const std::function<void(const QString &)> &progress, QString *error);

    QList<Table> tables() const { return m_tables; }
    int sourceVersion() const { return m_sourceVersion; }

private:
    struct Column
    {
        QString name;
        QString type; // PostgreSQL's data_type
    };

    bool openBoth(QString *error);
    bool refuseNonEmptyTarget(QString *error);
    QStringList tablesInCopyOrder(QString *error);
    QList<Column> columnsOf(const QString &table);
    bool copyTable(const QString &table, QString *error);
    bool resetIdentities(QString *error);
    Table summarize(QSqlDatabase db, const QString &table, const QList<Column> &columns,
                    QString *error);

    const DatabaseUrl m_source;
    const DatabaseUrl m_target;
    const QString m_sourceName;
    const QString m_targetName;
    int m_sourceVersion = 0;
    QList<Table> m_tables;
};

} // namespace papo::server
