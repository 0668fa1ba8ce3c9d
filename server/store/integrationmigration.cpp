#include "migrations.h"
#include "migrationstep.h"

namespace papo::server {

// 23: webhooks and Slack (INT-3, docs/integrations.md). Each webhook is a URL, the events it
// chose (names separated by commas) and the secret its bodies are signed with; deliveries are
// outbox rows of kind 'webhook' and 'slack'. Each website may post to one Slack
// incoming-webhook URL. The addresses admins allowed despite the SSRF rules live in
// account_settings.
Migration integrationMigration()
{
    return {
        withIdColumn(QStringLiteral(R"(CREATE TABLE webhooks (
                id %ID,
                url TEXT NOT NULL,
                events TEXT NOT NULL,
                secret TEXT NOT NULL,
                created_at TEXT NOT NULL))")),
        same(QStringLiteral(
            "ALTER TABLE websites ADD COLUMN slack_webhook_url TEXT NOT NULL DEFAULT ''")),
    };
}

} // namespace papo::server
