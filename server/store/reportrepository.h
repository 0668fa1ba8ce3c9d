#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace papo::server {

// One message of a conversation a report counts, with what the report needs of its
// conversation (REP-1).
struct ReportMessageRow
{
    qint64 conversationId = 0;
    QDateTime conversationCreatedAt;
    qint64 ownerId = 0; // 0: nobody took it
    qint64 groupId = 0; // the visitor's group; 0: none
    QString rating;     // "good", "bad" or ""
    bool closed = false;
    bool fromVisitor = false;
    qint64 authorId = 0;
    QDateTime at;
};

// The conversations a report reads: the only SQL about them.
class ReportRepository final
{
public:
    explicit ReportRepository(QSqlDatabase db)
        : m_db(db)
    {}

    // Every message of the conversations created in [from, to) — only those owned by
    // `ownerId` and of visitors in `groupId` when they are not 0 — conversation by
    // conversation (in the order of the conversations_created index, so nothing is sorted),
    // oldest message first, one row at a time (never all in memory).
    bool forEachMessage(const QDateTime &from, const QDateTime &to, qint64 ownerId, qint64 groupId,
                        const std::function<void(const ReportMessageRow &)> &visit);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
