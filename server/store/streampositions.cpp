#include "streampositions.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

qint64 StreamPositions::take(int count)
{
    // One plain statement, not a prepared one: a single round trip per batch of messages. The
    // stream is one of our constants, never input.
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("UPDATE stream_positions SET position = position + %1 "
                                     "WHERE stream = '%2' RETURNING position")
                          .arg(count)
                          .arg(m_stream))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
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
