#include "migrations.h"
#include "migrationstep.h"

namespace papo::server {

// 24: chatbot scenarios (BOT-1…4). The tree, the hand-over group and the end message are one
// JSON definition the server checks before it stores it (ChatbotScenario).
Migration chatbotMigration()
{
    return {
        withIdColumn(QStringLiteral(R"(CREATE TABLE chatbot_scenarios (
                id %ID,
                name TEXT NOT NULL,
                definition TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))")),
    };
}

} // namespace papo::server

namespace papo::server {

// 25: where each visitor is in a running scenario (BOT-1…4): the node whose replies the
// visitor is offered, under which bot message. One row per visitor; gone once the visitor is
// handed over or writes freely.
Migration scenarioRunMigration()
{
    return {
        same(QStringLiteral(R"(CREATE TABLE scenario_runs (
                visitor_id BIGINT PRIMARY KEY REFERENCES visitors(id),
                scenario_id BIGINT NOT NULL,
                path TEXT NOT NULL,
                prompt_id BIGINT NOT NULL,
                updated_at TEXT NOT NULL))")),
    };
}

} // namespace papo::server
