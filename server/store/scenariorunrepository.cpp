#include "scenariorunrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

std::optional<ScenarioRun> ScenarioRunRepository::run(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral(
                  "SELECT scenario_id, path, prompt_id FROM scenario_runs WHERE visitor_id = ?"));
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ScenarioRun{visitorId, query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong()};
}

bool ScenarioRunRepository::save(const ScenarioRun &run)
{
    remove(run.visitorId);
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO scenario_runs (visitor_id, scenario_id, path, "
                                     "prompt_id, updated_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(run.visitorId);
    query.addBindValue(run.scenarioId);
    query.addBindValue(run.path.isEmpty() ? QStringLiteral("") : run.path); // never NULL
    query.addBindValue(run.promptId);
    query.addBindValue(nowSqlTime());
    return query.exec();
}

bool ScenarioRunRepository::remove(qint64 visitorId)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM scenario_runs WHERE visitor_id = ?"));
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() > 0;
}

} // namespace papo::server
