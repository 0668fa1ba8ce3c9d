#include "migrations.h"

namespace papo::server {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {
        // 1: accounts, websites, visitors, conversations, messages.
        {
            QStringLiteral(R"(CREATE TABLE operators (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'operator')),
                status TEXT NOT NULL DEFAULT 'offline'
                    CHECK (status IN ('online', 'invisible', 'offline')),
                active INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE auth_tokens (
                id INTEGER PRIMARY KEY,
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                token_hash BLOB NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                revoked_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE websites (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                widget_key TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE visitors (
                id INTEGER PRIMARY KEY,
                website_id INTEGER NOT NULL REFERENCES websites(id),
                token_hash BLOB NOT NULL UNIQUE,
                language TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE page_views (
                id INTEGER PRIMARY KEY,
                visitor_id INTEGER NOT NULL REFERENCES visitors(id),
                url TEXT NOT NULL,
                title TEXT NOT NULL,
                referrer TEXT NOT NULL,
                viewed_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE conversations (
                id INTEGER PRIMARY KEY,
                visitor_id INTEGER NOT NULL REFERENCES visitors(id),
                state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'open')),
                owner_id INTEGER REFERENCES operators(id),
                page_url TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX conversations_visitor ON conversations(visitor_id)"),
            // AUTOINCREMENT: ids are never reused, so they can serve as stream sequence numbers.
            QStringLiteral(R"(CREATE TABLE messages (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id),
                author_kind TEXT NOT NULL CHECK (author_kind IN ('visitor', 'operator')),
                author_id INTEGER NOT NULL,
                client_id TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (author_kind, author_id, client_id)))"),
            QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, id)"),
        },
        // 2: QUE-4, dismissing a queued conversation until the visitor writes again.
        {
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0"),
        },
        // 3: knowing the visitor (PAN, VIS): contact fields, client, location, visits, notes.
        {
            QStringLiteral("ALTER TABLE visitors ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN screen TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN user_agent TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN location_text TEXT NOT NULL DEFAULT 'unknown'"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN country TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN country_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN device_type TEXT NOT NULL DEFAULT 'desktop'"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN browser TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN os TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN device_summary TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN visit_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN visit_started_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN visit_referrer TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE page_views ADD COLUMN visit INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX page_views_visitor ON page_views(visitor_id, id)"),
            QStringLiteral(R"(CREATE TABLE visitor_notes (
                id INTEGER PRIMARY KEY,
                visitor_id INTEGER NOT NULL REFERENCES visitors(id),
                author_id INTEGER NOT NULL REFERENCES operators(id),
                body TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX visitor_notes_visitor ON visitor_notes(visitor_id, id)"),
        },
        // 4: edits (CHT-4), read marks (CHT-5), participants (CHT-1), saved replies (CHT-7).
        {
            QStringLiteral("ALTER TABLE messages ADD COLUMN edited_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN visitor_read_up_to INTEGER NOT "
                           "NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN operator_read_up_to INTEGER NOT "
                           "NULL DEFAULT 0"),
            QStringLiteral(R"(CREATE TABLE conversation_participants (
                conversation_id INTEGER NOT NULL REFERENCES conversations(id),
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                PRIMARY KEY (conversation_id, operator_id)))"),
            QStringLiteral(R"(CREATE TABLE saved_replies (
                id INTEGER PRIMARY KEY,
                shortcut TEXT NOT NULL UNIQUE COLLATE NOCASE,
                body TEXT NOT NULL,
                updated_by INTEGER NOT NULL REFERENCES operators(id),
                updated_at TEXT NOT NULL))"),
        },
        // 5: the team (TEAM-1..3): titles and one-time invites.
        {
            QStringLiteral("ALTER TABLE operators ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE invites (
                id INTEGER PRIMARY KEY,
                token_hash BLOB NOT NULL UNIQUE,
                email TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin', 'operator')),
                created_by INTEGER NOT NULL REFERENCES operators(id),
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT))"),
        },
        // 6: INS-3, the origins a website's widget may load on (one per line; none: any).
        {
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN allowed_origins TEXT NOT NULL DEFAULT ''"),
        },
        // 7: RAT-1, the visitor's rating of a conversation; on by default per website.
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN rating TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN rating_comment TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN ratings_enabled INTEGER NOT NULL DEFAULT 1"),
        },
        // 8: CHT-8, closing conversations and searching every message (FTS5, accents ignored).
        {
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN closed_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', "
                           "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO messages_fts(rowid, body) SELECT id, body FROM messages"),
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                           "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END"),
            QStringLiteral(
                "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN "
                "INSERT INTO messages_fts(messages_fts, rowid, body) "
                "VALUES ('delete', old.id, old.body); "
                "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END"),
        },
        // 9: VIS-2, VIS-3: the page's group, targeted invitations, chat window opened.
        {
            QStringLiteral("ALTER TABLE visitors ADD COLUMN group_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN invited INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN window_opened_visit INTEGER NOT NULL DEFAULT 0"),
        },
        // 10: WID-6, what the page tells about its visitor (setVisitorData), e.g. the cart.
        {
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}'"),
        },
        // 11: WID-2, WID-3: the widget's colour, side, default language and custom texts
        // ({language: {key: text}} as JSON) per website.
        {
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN widget_color TEXT NOT NULL DEFAULT '#1f6feb'"),
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN widget_position TEXT NOT NULL DEFAULT 'right'"),
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN widget_language TEXT NOT NULL DEFAULT 'en'"),
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN widget_texts TEXT NOT NULL DEFAULT '{}'"),
        },
        // 12: working hours per operator (HRS-1), and STA-5's opt-in and threshold.
        {
            QStringLiteral(R"(CREATE TABLE working_hours (
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                enabled INTEGER NOT NULL,
                start_time TEXT NOT NULL,
                end_time TEXT NOT NULL,
                PRIMARY KEY (operator_id, weekday)))"),
            QStringLiteral(
                "ALTER TABLE operators ADD COLUMN notify_when_slow INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(R"(CREATE TABLE account_settings (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL))"),
        },
        // 13: TEAM-1 photos and WID-1 "last active": the avatar's file and the last activity.
        {
            QStringLiteral("ALTER TABLE operators ADD COLUMN avatar TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE operators ADD COLUMN last_active_at TEXT NOT NULL DEFAULT ''"),
        },
        // 14: CHT-9, attachments: the files live under <data-dir>/attachments/, named by id.
        {
            QStringLiteral(R"(CREATE TABLE attachments (
                id TEXT PRIMARY KEY,
                visitor_id INTEGER NOT NULL REFERENCES visitors(id),
                conversation_id INTEGER,
                uploader_kind TEXT NOT NULL CHECK (uploader_kind IN ('visitor', 'operator')),
                uploader_id INTEGER NOT NULL,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                size INTEGER NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral(
                "ALTER TABLE messages ADD COLUMN attachment_id TEXT REFERENCES attachments(id)"),
        },
        // 15: accounts for real: a token row is a device (its name, last use and address),
        // one-time password reset links, and new accounts asked to complete their profile.
        {
            QStringLiteral(
                "ALTER TABLE auth_tokens ADD COLUMN device_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE auth_tokens ADD COLUMN last_used_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE auth_tokens ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX auth_tokens_operator ON auth_tokens(operator_id)"),
            QStringLiteral(
                "ALTER TABLE operators ADD COLUMN profile_pending INTEGER NOT NULL DEFAULT 0"),
            // created_by is NULL for a link made on the server's command line.
            QStringLiteral(R"(CREATE TABLE password_resets (
                id INTEGER PRIMARY KEY,
                token_hash BLOB NOT NULL UNIQUE,
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                created_by INTEGER REFERENCES operators(id),
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT))"),
        },
        // 16: groups (GRP-1..3): a group of operators per website, the visitor's group with
        // where it came from (GRP-2), and whether the widget asks visitors to choose (GRP-3).
        // The visitor's group_name column keeps the last PapoGroupID / setGroup key the page
        // said, so the same key said again on the next page changes nothing.
        {
            QStringLiteral(R"(CREATE TABLE chat_groups (
                id INTEGER PRIMARY KEY,
                website_id INTEGER NOT NULL REFERENCES websites(id),
                name TEXT NOT NULL,
                group_key TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (website_id, group_key)))"),
            QStringLiteral(R"(CREATE TABLE group_members (
                group_id INTEGER NOT NULL REFERENCES chat_groups(id),
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                PRIMARY KEY (group_id, operator_id)))"),
            QStringLiteral("CREATE INDEX group_members_operator ON group_members(operator_id)"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN group_id INTEGER REFERENCES chat_groups(id)"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN group_source TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE visitors ADD COLUMN group_set_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE visitors ADD COLUMN group_set_by INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX visitors_group ON visitors(group_id)"),
            QStringLiteral("ALTER TABLE websites ADD COLUMN ask_group INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE websites ADD COLUMN ask_group_not_sure INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX conversation_participants_operator "
                           "ON conversation_participants(operator_id)"),
        },
    };
    return migrations;
}

} // namespace papo::server
