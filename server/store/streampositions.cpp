#include "streampositions.h"

#include "cachedquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

qint64 StreamPositions::take(int count)
{
    // Kept prepared: on SQLite every stored message takes its position here.
    CachedQuery query(m_db, QStringLiteral("UPDATE stream_positions SET position = position + ? "
                                           "WHERE stream = ? RETURNING position"));
    query.addBindValue(count);
    query.addBindValue(m_stream);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool StreamPositions::placeNewMessages(QHash<qint64, qint64> *placed)
{
    // With nothing to place the counter's row is not touched, so not locked either.
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral(
                "WITH new AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM messages "
                "WHERE position IS NULL), "
                "counter AS (UPDATE stream_positions SET position = position + (SELECT COUNT(*) "
                "FROM new) WHERE stream = '%1' AND EXISTS (SELECT 1 FROM new) RETURNING position) "
                "UPDATE messages m SET position = counter.position - (SELECT COUNT(*) FROM new) + "
                "new.n FROM new, counter WHERE m.id = new.id RETURNING m.id, m.position")
                .arg(m_stream)))
        return false;
    while (query.next())
        placed->insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return true;
}

qint64 StreamPositions::newest()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT position FROM stream_positions WHERE stream = '%1'")
                          .arg(m_stream))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace papo::server
