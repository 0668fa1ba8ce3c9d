#include "migrations.h"
#include "migrationstep.h"

namespace papo::server {

namespace {

// One row per chat, keyed by creation time first: reports read ranges of it.
const QString ReportChatsTable = QStringLiteral(R"(CREATE TABLE report_chats (
                conversation_id BIGINT NOT NULL,
                created_ms BIGINT NOT NULL,
                owner_id BIGINT NOT NULL,
                group_id BIGINT NOT NULL,
                missed INTEGER NOT NULL,
                rating TEXT NOT NULL,
                first_response_ms BIGINT NOT NULL,
                responses TEXT NOT NULL,
                duration_ms BIGINT NOT NULL,
                PRIMARY KEY (created_ms, conversation_id)))");

// Times as histograms (TimeBins::encode): BLOB in SQLite, BYTEA in PostgreSQL.
const QString ReportDaysTable = QStringLiteral(R"(CREATE TABLE report_days (
                zone TEXT NOT NULL,
                day INTEGER NOT NULL,
                owner_id BIGINT NOT NULL,
                group_id BIGINT NOT NULL,
                chats INTEGER NOT NULL,
                missed INTEGER NOT NULL,
                good INTEGER NOT NULL,
                bad INTEGER NOT NULL,
                first_response_count INTEGER NOT NULL,
                first_response_ms BIGINT NOT NULL,
                first_response_bins %BINARY NOT NULL,
                response_count INTEGER NOT NULL,
                response_ms BIGINT NOT NULL,
                response_bins %BINARY NOT NULL,
                duration_count INTEGER NOT NULL,
                duration_ms BIGINT NOT NULL,
                duration_bins %BINARY NOT NULL,
                PRIMARY KEY (zone, day, owner_id, group_id)))");

// Triggers keep report_changes exact by construction: whatever changes a conversation's
// figures (a message written or removed, the owner, the rating, closing or reopening, the
// visitor's group) appends a row in the same transaction. Appends only: a row updated on every
// message would leave PostgreSQL a chain of versions to walk per message. The summarizer
// removes the rows of the chats it summarized, as its snapshot saw them (docs/reports.md,
// "How reports stay fast").
const QString MarkSqlite
    = QStringLiteral("INSERT INTO report_changes (conversation_id) VALUES (%1)");

MigrationStep sqliteTrigger(const QString &name, const QString &event, const QString &id)
{
    return sqliteOnly(QStringLiteral("CREATE TRIGGER %1 AFTER %2 FOR EACH ROW BEGIN %3; END")
                          .arg(name, event, MarkSqlite.arg(id)));
}

MigrationStep postgresqlFunction(const QString &name, const QString &body)
{
    return postgresqlOnly(
        QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %2; "
                       "RETURN NULL; END $$")
            .arg(name, body));
}

MigrationStep postgresqlTrigger(const QString &name, const QString &event, const QString &function)
{
    return postgresqlOnly(
        QStringLiteral("CREATE TRIGGER %1 AFTER %2 FOR EACH ROW EXECUTE FUNCTION %3()")
            .arg(name, event, function));
}

} // namespace

// 27: REP-1 on a year of data (docs/performance.md). One summary row per chat and, per time
// zone a report was asked in, one row per local day, operator and group with its counts and
// the times as histograms of whole seconds; report_changes lists the chats whose summaries are
// due. Every existing conversation starts as changed: the first report summarizes them.
// And an index for the visitors' email export.
Migration reportSummaryMigration()
{
    const QString ofMessage = QStringLiteral(
        "CASE WHEN TG_OP = 'DELETE' THEN OLD.conversation_id ELSE NEW.conversation_id END");
    const QString ofConversation
        = QStringLiteral("CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END");
    const QString markPostgresql
        = QStringLiteral("INSERT INTO report_changes (conversation_id) %1");
    return {
        withIdColumn(QStringLiteral(R"(CREATE TABLE report_changes (
                id %ID,
                conversation_id BIGINT NOT NULL))")),
        same(QStringLiteral(
            "CREATE INDEX report_changes_conversation ON report_changes(conversation_id)")),
        // Clustered by creation time (SQLite: WITHOUT ROWID), so a report's range of chats is
        // read in order from adjacent pages.
        each(ReportChatsTable + QStringLiteral(" WITHOUT ROWID"), ReportChatsTable),
        same(QStringLiteral(
            "CREATE UNIQUE INDEX report_chats_conversation ON report_chats(conversation_id)")),
        // A zone's day rows hold the chats created before built_until_ms (the rest are being
        // added).
        same(QStringLiteral("CREATE TABLE report_zones (zone TEXT PRIMARY KEY, "
                            "built_until_ms BIGINT NOT NULL)")),
        each(QString(ReportDaysTable).replace(QLatin1String("%BINARY"), QLatin1String("BLOB"))
                 + QStringLiteral(" WITHOUT ROWID"),
             QString(ReportDaysTable).replace(QLatin1String("%BINARY"), QLatin1String("BYTEA"))),
        sqliteTrigger(QStringLiteral("report_message_written"),
                      QStringLiteral("INSERT ON messages"), QStringLiteral("new.conversation_id")),
        sqliteTrigger(QStringLiteral("report_message_removed"),
                      QStringLiteral("DELETE ON messages"), QStringLiteral("old.conversation_id")),
        sqliteTrigger(QStringLiteral("report_conversation_changed"),
                      QStringLiteral("UPDATE OF owner_id, rating, closed_at ON conversations"),
                      QStringLiteral("new.id")),
        sqliteTrigger(QStringLiteral("report_conversation_removed"),
                      QStringLiteral("DELETE ON conversations"), QStringLiteral("old.id")),
        sqliteOnly(QStringLiteral(
            "CREATE TRIGGER report_visitor_regrouped AFTER UPDATE OF group_id ON visitors "
            "FOR EACH ROW BEGIN INSERT INTO report_changes (conversation_id) "
            "SELECT id FROM conversations WHERE visitor_id = new.id; END")),
        postgresqlFunction(QStringLiteral("report_mark_message"),
                           markPostgresql.arg(QStringLiteral("VALUES (%1)").arg(ofMessage))),
        postgresqlFunction(QStringLiteral("report_mark_conversation"),
                           markPostgresql.arg(QStringLiteral("VALUES (%1)").arg(ofConversation))),
        postgresqlFunction(QStringLiteral("report_mark_visitor"),
                           markPostgresql.arg(QStringLiteral(
                               "SELECT id FROM conversations WHERE visitor_id = NEW.id"))),
        postgresqlTrigger(QStringLiteral("report_message_changed"),
                          QStringLiteral("INSERT OR DELETE ON messages"),
                          QStringLiteral("report_mark_message")),
        postgresqlTrigger(QStringLiteral("report_conversation_changed"),
                          QStringLiteral("UPDATE OF owner_id, rating, closed_at OR DELETE ON "
                                         "conversations"),
                          QStringLiteral("report_mark_conversation")),
        postgresqlTrigger(QStringLiteral("report_visitor_regrouped"),
                          QStringLiteral("UPDATE OF group_id ON visitors"),
                          QStringLiteral("report_mark_visitor")),
        same(QStringLiteral(
            "INSERT INTO report_changes (conversation_id) SELECT id FROM conversations")),
        // EXP-1: the visitors' email export pages through those with an address by id; one in
        // ten visitors or fewer has one, so it no longer reads the other nine.
        same(QStringLiteral("CREATE INDEX visitors_with_email ON visitors(id) WHERE email != ''")),
    };
}

} // namespace papo::server
