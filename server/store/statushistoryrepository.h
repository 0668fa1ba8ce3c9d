#pragma once

#include <chatmessage.h>

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace papo::server {

// One row of an operator's status history (REP-1): from `at` on, the operator had chosen
// `status` and had (or had not) a client connected.
struct StatusChange
{
    qint64 operatorId = 0;
    common::OperatorStatus status = common::OperatorStatus::Offline;
    bool connected = false;
    QDateTime at;
};

// The history of operators' statuses and connections: the only SQL about it.
class StatusHistoryRepository final
{
public:
    explicit StatusHistoryRepository(QSqlDatabase db)
        : m_db(db)
    {}

    bool record(const StatusChange &change);
    // For each operator (all when `operatorId` is 0), the state they were in at `from` (their
    // last change before it, when there is one) and every change in [from, to), ordered by
    // operator and then time.
    QList<StatusChange> changes(const QDateTime &from, const QDateTime &to, qint64 operatorId);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
