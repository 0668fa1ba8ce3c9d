#include "contactformrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

std::optional<ContactFormProgress> ContactFormRepository::progress(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral(
                  "SELECT state, asked_at, answered_at FROM contact_forms WHERE visitor_id = ?"));
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ContactFormProgress{query.value(0).toString(), fromSqlTime(query.value(1)),
                               fromSqlTime(query.value(2))};
}

bool ContactFormRepository::markAsked(qint64 visitorId, const QDateTime &at)
{
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO contact_forms (visitor_id, state, asked_at) "
                                     "VALUES (?, 'asked', ?) ON CONFLICT (visitor_id) DO NOTHING"));
    query.addBindValue(visitorId);
    query.addBindValue(toSqlTime(at));
    return query.exec() && query.numRowsAffected() == 1;
}

bool ContactFormRepository::markAnswered(qint64 visitorId, const QString &state,
                                         const QDateTime &at)
{
    CachedQuery query(
        m_db,
        QStringLiteral("UPDATE contact_forms SET state = ?, answered_at = ? WHERE visitor_id = ?"));
    query.addBindValue(state);
    query.addBindValue(toSqlTime(at));
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ContactFormRepository::hold(qint64 visitorId, const HeldMessage &message)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO held_messages (visitor_id, client_id, body, attachment_id, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (visitor_id, client_id) DO NOTHING"));
    query.addBindValue(visitorId);
    query.addBindValue(message.clientId);
    query.addBindValue(sqlText(message.text));
    query.addBindValue(sqlText(message.attachmentId));
    query.addBindValue(toSqlTime(message.createdAt));
    return query.exec();
}

QList<HeldMessage> ContactFormRepository::held(qint64 visitorId)
{
    QList<HeldMessage> messages;
    CachedQuery query(m_db, QStringLiteral("SELECT client_id, body, attachment_id, created_at "
                                           "FROM held_messages WHERE visitor_id = ? ORDER BY id"));
    query.addBindValue(visitorId);
    if (!query.exec())
        return messages;
    while (query.next())
        messages.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), fromSqlTime(query.value(3))});
    return messages;
}

bool ContactFormRepository::releaseHeld(qint64 visitorId)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM held_messages WHERE visitor_id = ?"));
    query.addBindValue(visitorId);
    return query.exec();
}

} // namespace papo::server
