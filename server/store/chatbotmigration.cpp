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
