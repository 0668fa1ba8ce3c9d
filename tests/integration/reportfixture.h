#pragma once

#include "operatoraccounts.h"

#include <database.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace papo::testing {

// Writes a report's history straight into the running server's database: visitors,
// conversations and messages at chosen times, and operators' status changes. Each call says
// whether its row was stored.
class ReportFixture final
{
public:
    bool open(const ServerProcess &server) { return openServerDatabase(server, m_database); }

    qint64 visitor(qint64 groupId)
    {
        ++m_visitors;
        return insert(QStringLiteral("INSERT INTO visitors (website_id, token_hash, created_at, "
                                     "last_seen_at, group_id) VALUES (1, ?, ?, ?, ?) RETURNING id"),
                      {QByteArray("report-fixture-") + QByteArray::number(m_visitors),
                       QStringLiteral("2026-01-01T00:00:00.000Z"),
                       QStringLiteral("2026-01-01T00:00:00.000Z"),
                       groupId > 0 ? QVariant(groupId) : QVariant(QMetaType(QMetaType::LongLong))});
    }

    // A visitor who left their contact, seen from `firstVisit` to `lastVisit`; `consentAt`
    // empty: no consent to marketing email.
    qint64 contact(const QString &name, const QString &email, const QString &phone,
                   const QString &firstVisit, const QString &lastVisit,
                   const QString &consentAt = {})
    {
        ++m_visitors;
        return insert(QStringLiteral("INSERT INTO visitors (website_id, token_hash, created_at, "
                                     "last_seen_at, name, email, phone, marketing_consent_at) "
                                     "VALUES (1, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {QByteArray("report-fixture-") + QByteArray::number(m_visitors),
                       time(firstVisit), time(lastVisit), name, email, phone,
                       consentAt.isEmpty() ? QStringLiteral("") : time(consentAt)});
    }

    // `closed`: the conversation was closed after its last message.
    qint64 conversation(qint64 visitorId, const QString &createdAt, qint64 ownerId, bool closed,
                        const QString &rating = {})
    {
        return insert(QStringLiteral("INSERT INTO conversations (visitor_id, state, owner_id, "
                                     "created_at, updated_at, closed_at, rating) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {visitorId, ownerId > 0 ? "open" : "queued",
                       ownerId > 0 ? QVariant(ownerId) : QVariant(QMetaType(QMetaType::LongLong)),
                       time(createdAt), time(createdAt),
                       closed ? time(createdAt) : QStringLiteral(""),
                       rating.isNull() ? QStringLiteral("") : rating});
    }

    // `authorId` 0: the visitor wrote it.
    bool message(qint64 conversationId, const QString &at, qint64 authorId = 0)
    {
        ++m_messages;
        // Message ids are stream positions (docs/scaling.md): take one as the server does.
        const qint64 id = insert(QStringLiteral("UPDATE stream_positions SET position = "
                                                "position + 1 WHERE stream = 'events' "
                                                "RETURNING position"),
                                 {});
        return id > 0
               && insert(QStringLiteral("INSERT INTO messages (id, conversation_id, author_kind, "
                                        "author_id, client_id, body, created_at) VALUES "
                                        "(?, ?, ?, ?, ?, 'Oi', ?) RETURNING id"),
                         {id, conversationId, authorId > 0 ? "operator" : "visitor", authorId,
                          QStringLiteral("fixture-%1").arg(m_messages), time(at)})
                      > 0;
    }

    // One conversation of `count` messages, visitor and operator by turns, all at `at`: enough
    // rows to make a report over it take a while.
    bool longConversation(qint64 visitorId, const QString &at, qint64 ownerId, int count)
    {
        const qint64 conversationId = conversation(visitorId, at, ownerId, true);
        const qint64 last = insert(QStringLiteral("UPDATE stream_positions SET position = "
                                                  "position + ? WHERE stream = 'events' "
                                                  "RETURNING position"),
                                   {count});
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, author_kind, author_id, client_id, body, "
            "created_at) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
            "WHERE i + 1 < ?) SELECT ? + i, ?, CASE WHEN i % 2 = 0 THEN 'visitor' ELSE "
            "'operator' END, CASE WHEN i % 2 = 0 THEN 0 ELSE ? END, 'long-' || i, 'Oi', ? "
            "FROM n"));
        for (const QVariant &value :
             QVariantList{count, last - count + 1, conversationId, ownerId, time(at)})
            query.addBindValue(value);
        if (conversationId <= 0 || last <= 0 || !query.exec()) {
            qWarning("fixture: %s", qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    bool status(qint64 operatorId, const QString &at, const QString &status, bool connected)
    {
        return insert(QStringLiteral("INSERT INTO operator_status_history (operator_id, status, "
                                     "connected, changed_at) VALUES (?, ?, ?, ?) RETURNING id"),
                      {operatorId, status, connected ? 1 : 0, time(at)})
               > 0;
    }

    qint64 operatorId(const QString &email)
    {
        return insert(QStringLiteral("SELECT id FROM operators WHERE email = ?"), {email});
    }

    QSqlDatabase connection() const { return m_database.connection(); }

private:
    // "2026-10-31T14:00:00Z" as the server stores times.
    static QString time(const QString &at)
    {
        return QDateTime::fromString(at, Qt::ISODate).toUTC().toString(Qt::ISODateWithMs);
    }

    qint64 insert(const QString &statement, const QVariantList &values)
    {
        QSqlQuery query(m_database.connection());
        query.prepare(statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning("fixture: %s", qPrintable(query.lastError().text()));
            return 0;
        }
        return query.value(0).toLongLong();
    }

    papo::server::Database m_database;
    int m_visitors = 0;
    int m_messages = 0;
};

} // namespace papo::testing
