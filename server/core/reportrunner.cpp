#include "reportrunner.h"

#include <memory>

namespace papo::server {

ReportRunner::ReportRunner(const DatabaseUrl &database, Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_worker(database, this)
{}

void ReportRunner::build(const ReportQuery &query, const QList<OperatorRecord> &operators,
                         const QList<GroupRecord> &groups, Done done)
{
    auto result = std::make_shared<std::optional<QJsonObject>>();
    m_worker.submit(
        [result, query, operators, groups, clock = m_clock](QSqlDatabase &db) {
            ReportService service(db, clock);
            *result = service.build(query, operators, groups);
        },
        [result, done = std::move(done)] { done(*result); });
}

} // namespace papo::server
