#pragma once

#include "reportservice.h"

#include <readworker.h>

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace papo::server {

// Builds reports (REP-1) on a worker thread with its own database connection: a report over
// a year of a busy team reads millions of messages, and the main thread keeps serving chats
// meanwhile. Reports run one at a time, in the order asked.
class ReportRunner final : public QObject
{
    Q_OBJECT

public:
    // The report, or nullopt when the database could not be read.
    using Done = std::function<void(const std::optional<QJsonObject> &report)>;

    ReportRunner(const DatabaseUrl &database, Clock clock, QObject *parent = nullptr);

    // `operators` and `groups` as the main thread knows them now; `done` runs on this object's
    // thread once the report is ready.
    void build(const ReportQuery &query, const QList<OperatorRecord> &operators,
               const QList<GroupRecord> &groups, Done done);

private:
    Clock m_clock;
    ReadWorker m_worker; // last: its thread stops before the rest goes
};

} // namespace papo::server
