#include "migrations.h"
#include "migrationstep.h"

namespace papo::server {

// 26: the contact-form bot (FRM-1…8). The settings are one JSON object per website
// (ContactFormSettings); each visitor's progress is one row; the messages a website holds
// until the form is filled (FRM-6) wait in held_messages, in the order they were written.
Migration contactFormMigration()
{
    return {
        same(QStringLiteral(
            "ALTER TABLE websites ADD COLUMN contact_form TEXT NOT NULL DEFAULT '{}'")),
        same(QStringLiteral(R"(CREATE TABLE contact_forms (
                visitor_id BIGINT PRIMARY KEY REFERENCES visitors(id),
                state TEXT NOT NULL,
                asked_at TEXT NOT NULL,
                answered_at TEXT))")),
        withIdColumn(QStringLiteral(R"(CREATE TABLE held_messages (
                id %ID,
                visitor_id BIGINT NOT NULL REFERENCES visitors(id),
                client_id TEXT NOT NULL,
                body TEXT NOT NULL,
                attachment_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (visitor_id, client_id)))")),
    };
}

} // namespace papo::server
