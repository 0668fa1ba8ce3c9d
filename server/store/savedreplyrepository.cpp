#include "savedreplyrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

QList<SavedReply> SavedReplyRepository::all()
{
    QList<SavedReply> result;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id, shortcut, body FROM saved_replies ORDER BY shortcut"));
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

bool SavedReplyRepository::shortcutTaken(const QString &shortcut, qint64 exceptId)
{
    CachedQuery query(m_db,
                      QStringLiteral("SELECT 1 FROM saved_replies WHERE shortcut = ? AND id != ?"));
    query.addBindValue(shortcut);
    query.addBindValue(exceptId);
    return query.exec() && query.next();
}

qint64 SavedReplyRepository::save(const SavedReply &reply, qint64 operatorId)
{
    if (shortcutTaken(reply.shortcut, reply.id))
        return 0;
    QSqlQuery query(m_db);
    if (reply.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO saved_replies (shortcut, body, updated_by, "
                                     "updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
    } else {
        query.prepare(QStringLiteral("UPDATE saved_replies SET shortcut = ?, body = ?, "
                                     "updated_by = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(reply.shortcut);
    query.addBindValue(reply.text);
    query.addBindValue(operatorId);
    query.addBindValue(nowSqlTime());
    if (reply.id != 0)
        query.addBindValue(reply.id);
    if (!query.exec())
        return 0;
    if (reply.id == 0)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.numRowsAffected() == 1 ? reply.id : 0;
}

bool SavedReplyRepository::remove(qint64 id)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM saved_replies WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace papo::server
