#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <cstdio>
#include <cstdlib>

namespace papo::bench {

// Rows for one table, written as multi-row INSERTs of RowsPerStatement rows from one prepared
// statement: one round trip per statement instead of per row, in both dialects.
class RowBatch final
{
public:
    static constexpr int RowsPerStatement = 250;

    RowBatch(QSqlDatabase db, const QString &table, const QStringList &columns)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_full(db)
    {
        m_full.prepare(statement(RowsPerStatement));
    }
    ~RowBatch() { flush(); }

    void add(const QVariantList &row)
    {
        m_values += row;
        if (m_values.size() == RowsPerStatement * m_columns.size()) {
            run(m_full);
            m_values.clear();
        }
    }
    // Writes the rows still waiting (fewer than a statement's worth).
    void flush()
    {
        if (m_values.isEmpty())
            return;
        QSqlQuery partial(m_db);
        partial.prepare(statement(int(m_values.size() / m_columns.size())));
        run(partial);
        m_values.clear();
    }

private:
    QString statement(int rows) const
    {
        const QString one = QLatin1Char('(')
                            + QStringList(m_columns.size(), QStringLiteral("?")).join(u',')
                            + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(u','))
               + QStringList(rows, one).join(u',');
    }
    void run(QSqlQuery &query)
    {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query.bindValue(int(i), m_values.at(i));
        if (!query.exec()) {
            std::fprintf(stderr, "papo-bench-reportdata: %s: %s\n", qPrintable(m_table),
                         qPrintable(query.lastError().text()));
            std::exit(1);
        }
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_full;
    QVariantList m_values;
};

} // namespace papo::bench
