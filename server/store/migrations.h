#pragma once

#include "databaseurl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace papo::server {

// One statement of a migration, in each dialect's words. Most steps read the same in both;
// an empty text skips the step in that dialect (FTS5's triggers, PostgreSQL's extensions).
struct MigrationStep
{
    QString sqlite;
    QString postgresql;
};
using Migration = QList<MigrationStep>;

// Numbered schema migrations, the same numbers for SQLite and PostgreSQL: entry N brings
// the schema from version N to N + 1. Append only; never edit a migration that has shipped.
const QList<Migration> &schemaMigrations();
// The parts it is made of, one file each, so that no file grows past reading: 1–17, 18
// (automatic actions), 19–20 (reports), then 21 (email), 22 (the bot as an author), 23
// (webhooks and Slack), 24–25 (chatbot scenarios), 26 (the contact form).
const QList<Migration> &foundationMigrations();
Migration automaticActionsMigration();
const QList<Migration> &reportingMigrations();
Migration emailMigration();           // 21: the outbox, team addresses, unsubscribes
Migration botAuthorMigration();       // 22: the bot and groups as message authors
Migration integrationMigration();     // 23: webhooks, Slack URLs
Migration chatbotMigration();         // 24: chatbot scenarios
Migration scenarioRunMigration();     // 25: where visitors are in them
Migration contactFormMigration();     // 26: the contact form, held messages
Migration reportSummaryMigration();   // 27: report summaries
Migration clusterMigration();         // 28: live frames between nodes
Migration clusterPresenceMigration(); // 29: operators connected to each node
Migration clusterVisitorsMigration(); // 30: visitors connected to each node
Migration loginFailuresMigration();   // 31: failed logins, for every node
Migration messagePositionMigration(); // 32: stream positions apart from message ids
Migration searchIndexMigration();     // 33: SQLite's search index fed per write batch

QStringList migrationStatements(const Migration &migration, SqlDialect dialect);

} // namespace papo::server
