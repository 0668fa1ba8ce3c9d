#include "migrationstep.h"

namespace papo::server {

// 22: BOT-1, ACT-3: the bot and the groups targeted messages come from are message authors
// too. SQLite cannot change a CHECK in place: the messages table is rebuilt with the same
// columns, ids and rows, then its index (migration 20's) and search triggers are made again. Each
// firing keeps the group a targeted message came from, and each website its bot's name and picture
// ("": the website's name, no picture).
Migration botAuthorMigration()
{
    return {
        sqliteOnly(QStringLiteral(R"(CREATE TABLE messages_rebuilt (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id),
            author_kind TEXT NOT NULL
                CHECK (author_kind IN ('visitor', 'operator', 'bot', 'group')),
            author_id INTEGER NOT NULL,
            client_id TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            edited_at TEXT NOT NULL DEFAULT '',
            attachment_id TEXT REFERENCES attachments(id),
            UNIQUE (author_kind, author_id, client_id)))")),
        sqliteOnly(QStringLiteral(
            "INSERT INTO messages_rebuilt (id, conversation_id, author_kind, author_id, "
            "client_id, body, created_at, edited_at, attachment_id) SELECT id, conversation_id, "
            "author_kind, author_id, client_id, body, created_at, edited_at, attachment_id "
            "FROM messages")),
        sqliteOnly(QStringLiteral("DROP TABLE messages")),
        sqliteOnly(QStringLiteral("ALTER TABLE messages_rebuilt RENAME TO messages")),
        // The index migration 20 made (reports), which a rebuilt table would lose.
        sqliteOnly(QStringLiteral("CREATE INDEX messages_report ON messages(conversation_id, id, "
                                  "author_kind, author_id, created_at)")),
        sqliteOnly(
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                           "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END")),
        sqliteOnly(QStringLiteral(
            "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN "
            "INSERT INTO messages_fts(messages_fts, rowid, body) "
            "VALUES ('delete', old.id, old.body); "
            "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END")),
        postgresqlOnly(
            QStringLiteral("ALTER TABLE messages DROP CONSTRAINT messages_author_kind_check")),
        postgresqlOnly(
            QStringLiteral("ALTER TABLE messages ADD CONSTRAINT messages_author_kind_check "
                           "CHECK (author_kind IN ('visitor', 'operator', 'bot', 'group'))")),
        each(QStringLiteral("ALTER TABLE action_firings ADD COLUMN sender_group_id INTEGER "
                            "NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE action_firings ADD COLUMN sender_group_id BIGINT "
                            "NOT NULL DEFAULT 0")),
        same(QStringLiteral("ALTER TABLE websites ADD COLUMN bot_name TEXT NOT NULL DEFAULT ''")),
        same(QStringLiteral("ALTER TABLE websites ADD COLUMN bot_avatar TEXT NOT NULL DEFAULT ''")),
    };
}

} // namespace papo::server
