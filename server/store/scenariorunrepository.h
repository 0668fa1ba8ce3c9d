#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// Where one visitor is in a running chatbot scenario (BOT-1…4).
struct ScenarioRun
{
    qint64 visitorId = 0;
    qint64 scenarioId = 0;
    QString path;        // the node whose replies are offered ("root.1"); empty: it ended
    qint64 promptId = 0; // the bot message the reply buttons go with
};

// The only SQL about running scenarios.
class ScenarioRunRepository final
{
public:
    explicit ScenarioRunRepository(QSqlDatabase db)
        : m_db(db)
    {}

    std::optional<ScenarioRun> run(qint64 visitorId);
    // Inserts or replaces the visitor's run.
    bool save(const ScenarioRun &run);
    // False when the visitor had none.
    bool remove(qint64 visitorId);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
