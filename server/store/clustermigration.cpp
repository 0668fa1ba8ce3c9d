#include "migrations.h"
#include "migrationstep.h"

namespace papo::server {

// 28: several nodes on one PostgreSQL (docs/scaling.md, "Several nodes"). node_frames carries
// the live frames one node sends to its sockets (typing, read marks, edits, conversation and
// presence changes) to the other nodes, at positions in commit order from stream_positions;
// messages need no copy, the messages table is their stream. A statement trigger wakes every
// node's LISTEN on both tables; PostgreSQL sends one wake-up per transaction however many
// statements ran. SQLite has one node: the table stays empty there.
Migration clusterMigration()
{
    return {
        same(QStringLiteral(
            "CREATE TABLE node_frames (position BIGINT PRIMARY KEY, "
            "node BIGINT NOT NULL, after_message BIGINT NOT NULL, target TEXT NOT NULL, "
            "frame TEXT NOT NULL, created_ms BIGINT NOT NULL)")),
        same(QStringLiteral("CREATE INDEX node_frames_created ON node_frames(created_ms)")),
        same(
            QStringLiteral("INSERT INTO stream_positions (stream, position) VALUES ('frames', 0)")),
        postgresqlOnly(QStringLiteral(
            "CREATE FUNCTION papo_wake_nodes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_notify('papo_nodes', ''); RETURN NULL; END $$")),
        postgresqlOnly(QStringLiteral("CREATE TRIGGER messages_wake_nodes AFTER INSERT ON "
                                      "messages FOR EACH STATEMENT EXECUTE FUNCTION "
                                      "papo_wake_nodes()")),
        postgresqlOnly(QStringLiteral("CREATE TRIGGER node_frames_wake_nodes AFTER INSERT ON "
                                      "node_frames FOR EACH STATEMENT EXECUTE FUNCTION "
                                      "papo_wake_nodes()")),
    };
}

// 29: presence across nodes. Each node lists the operators connected to it and, every few
// seconds, says it is alive; an operator counts as connected while a live node lists them, so
// the clients of a node that died stop counting when its heartbeat stops. SQLite: unused.
Migration clusterPresenceMigration()
{
    return {
        same(QStringLiteral("CREATE TABLE cluster_nodes (node BIGINT PRIMARY KEY, "
                            "seen_ms BIGINT NOT NULL)")),
        same(QStringLiteral("CREATE TABLE node_operators (node BIGINT NOT NULL, "
                            "operator_id BIGINT NOT NULL, PRIMARY KEY (node, operator_id))")),
    };
}

// 30: the visitors-online list across nodes (VIS-1): each node lists its visitors like its
// operators; the list an operator asks any node for reads the other live nodes' rows.
Migration clusterVisitorsMigration()
{
    return {
        same(QStringLiteral("CREATE TABLE node_visitors (node BIGINT NOT NULL, "
                            "visitor_id BIGINT NOT NULL, group_id BIGINT NOT NULL, "
                            "url TEXT NOT NULL, title TEXT NOT NULL, since_ms BIGINT NOT NULL, "
                            "activity_ms BIGINT NOT NULL, PRIMARY KEY (node, visitor_id))")),
    };
}

// 31: login throttling shared by every node (and kept across a restart): the failed logins of
// the last minute, by address and by account (LoginThrottle).
Migration loginFailuresMigration()
{
    return {
        same(QStringLiteral("CREATE TABLE login_failures (key TEXT NOT NULL, "
                            "at_ms BIGINT NOT NULL)")),
        same(QStringLiteral("CREATE INDEX login_failures_key ON login_failures(key, at_ms)")),
        same(QStringLiteral("CREATE INDEX login_failures_at ON login_failures(at_ms)")),
    };
}

} // namespace papo::server
