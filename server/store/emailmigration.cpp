#include "migrations.h"
#include "migrationstep.h"

namespace papo::server {

// 21: email (INT-1, INT-2). The outbox: every email to send is a row written in the same
// transaction as what caused it, delivered later by the outbox worker (docs/integrations.md).
// `kind` says how it is delivered (only 'email' so far; webhooks and chat services are more
// kinds), `dedupe_key` makes one event one row, `payload` is the kind's JSON. Each website
// (and optionally each group) names the team's addresses; visitors can unsubscribe.
Migration emailMigration()
{
    return {
        withIdColumn(QStringLiteral(R"(CREATE TABLE outbox (
                id %ID,
                kind TEXT NOT NULL,
                purpose TEXT NOT NULL,
                dedupe_key TEXT NOT NULL UNIQUE,
                payload TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                finished_at TEXT NOT NULL DEFAULT ''))")),
        same(QStringLiteral("CREATE INDEX outbox_due ON outbox(status, next_attempt_at)")),
        same(
            QStringLiteral("ALTER TABLE websites ADD COLUMN team_emails TEXT NOT NULL DEFAULT ''")),
        same(QStringLiteral(
            "ALTER TABLE websites ADD COLUMN visitor_email_delay INTEGER NOT NULL DEFAULT 300")),
        same(QStringLiteral(
            "ALTER TABLE chat_groups ADD COLUMN team_emails TEXT NOT NULL DEFAULT ''")),
        same(QStringLiteral(
            "ALTER TABLE visitors ADD COLUMN email_unsubscribed_at TEXT NOT NULL DEFAULT ''")),
    };
}

} // namespace papo::server
