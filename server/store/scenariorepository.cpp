#include "scenariorepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

const QString ScenarioColumns
    = QStringLiteral("SELECT id, name, definition FROM chatbot_scenarios ");

StoredScenario scenarioFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()};
}

} // namespace

QList<StoredScenario> ScenarioRepository::all()
{
    QList<StoredScenario> result;
    QSqlQuery query(m_db);
    query.exec(ScenarioColumns + QStringLiteral("ORDER BY name, id"));
    while (query.next())
        result << scenarioFrom(query);
    return result;
}

std::optional<StoredScenario> ScenarioRepository::scenario(qint64 id)
{
    CachedQuery query(m_db, ScenarioColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return scenarioFrom(query);
}

qint64 ScenarioRepository::save(const StoredScenario &scenario)
{
    QSqlQuery query(m_db);
    const QString now = nowSqlTime();
    const QString definition
        = QString::fromUtf8(QJsonDocument(scenario.definition).toJson(QJsonDocument::Compact));
    if (scenario.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO chatbot_scenarios (name, definition, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
        query.addBindValue(scenario.name);
        query.addBindValue(definition);
        query.addBindValue(now);
        query.addBindValue(now);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    query.prepare(QStringLiteral("UPDATE chatbot_scenarios SET name = ?, definition = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(scenario.name);
    query.addBindValue(definition);
    query.addBindValue(now);
    query.addBindValue(scenario.id);
    return query.exec() && query.numRowsAffected() == 1 ? scenario.id : 0;
}

bool ScenarioRepository::remove(qint64 id)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM chatbot_scenarios WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace papo::server
