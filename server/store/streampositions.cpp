#include "streampositions.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

qint64 StreamPositions::take()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("UPDATE stream_positions SET position = position + 1 "
                                     "WHERE stream = 'events' RETURNING position"))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

qint64 StreamPositions::newest()
{
    QSqlQuery query(m_db);
    return query.exec(
               QStringLiteral("SELECT position FROM stream_positions WHERE stream = 'events'"))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace papo::server
