#pragma once

#include <messagesearch.h>
#include <schemamigrator.h>
#include <secrets.h>
#include <serverprocess.h>
#include <sqlconnection.h>

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace papo::testing {

// An installation as an older papo-server left it: the schema of migration level `version`
// (16 or later; the numbered migrations, server/store/migrations.h, run only up to there, which
// is what that release ran, since shipped migrations are never edited) holding a team, a website,
// visitors with their chats in every state, messages, a file, notes, groups and saved replies.
// Rows are written with that level's columns, as that release's repositories wrote them.
struct LegacyInstallation
{
    static QString biaEmail() { return QStringLiteral("bia@papo.test"); }
    static QString biaPassword() { return QStringLiteral("senha-da-bia"); }
    static QString websiteKey() { return QStringLiteral("legacy-widget-key-0001"); }
    static QString attachmentId() { return QStringLiteral("legacyAttachment0001xyz"); }

    QString ownerToken = QStringLiteral("legacy-owner-bearer-token-0001");
    QStringList visitorTokens
        = {QStringLiteral("legacy-visitor-token-ana"), QStringLiteral("legacy-visitor-token-caio"),
           QStringLiteral("legacy-visitor-token-duda")};
    // Each visitor's message texts, oldest first (what the widget's hello gives back).
    QList<QStringList> visitorTexts;
    // Each conversation's id → its state, owner, closing and rating, as text.
    QMap<qint64, QString> conversationStates;
    qint64 newestMessageId = 0;
};

// The tables an upgrade must keep whole, row for row.
inline QStringList legacyTables()
{
    return {"operators",     "auth_tokens",
            "websites",      "visitors",
            "page_views",    "conversations",
            "messages",      "visitor_notes",
            "attachments",   "saved_replies",
            "chat_groups",   "group_members",
            "working_hours", "conversation_participants"};
}

// Row counts per table and a digest of every message (id, chat, author, text, edit, file) and
// conversation (state, owner, closing, rating), read from an open database.
inline QString legacyFingerprint(QSqlDatabase db)
{
    QStringList parts;
    for (const QString &table : legacyTables()) {
        QSqlQuery query(db);
        if (!query.exec("SELECT COUNT(*) FROM " + table) || !query.next())
            return "cannot count " + table + ": " + query.lastError().text();
        parts << QString("%1=%2").arg(table, query.value(0).toString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    if (!query.exec("SELECT id, conversation_id, author_kind, author_id, body, edited_at, "
                    "COALESCE(attachment_id, '') FROM messages ORDER BY id"))
        return query.lastError().text();
    while (query.next()) {
        for (int column = 0; column < 7; ++column)
            hash.addData(query.value(column).toString().toUtf8() + '\x1f');
        hash.addData(QByteArray("\x1e"));
    }
    if (!query.exec("SELECT id, visitor_id, state, COALESCE(owner_id, 0), closed_at, rating, "
                    "rating_comment, dismissed FROM conversations ORDER BY id"))
        return query.lastError().text();
    while (query.next()) {
        for (int column = 0; column < 8; ++column)
            hash.addData(query.value(column).toString().toUtf8() + '\x1f');
        hash.addData(QByteArray("\x1e"));
    }
    return parts.join(' ') + " sha256=" + hash.result().toHex();
}

inline bool createLegacyInstallation(const QString &databaseUrl, const QString &dataDir,
                                     int version, LegacyInstallation *made, QString *error)
{
    using namespace papo::server;
    Secrets::initialize();
    const auto url = DatabaseUrl::parse(databaseUrl, error);
    if (!url)
        return false;
    const QString name = QStringLiteral("papo-legacy-installation");
    bool ok = openSqlConnection(*url, name, error);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        SchemaMigrator migrator(db);
        ok = ok && (url->isPostgreSql() ? db.transaction() : QSqlQuery(db).exec("BEGIN IMMEDIATE"))
             && migrator.lockSchema(error) && migrator.apply(0, version, error);
        const auto run = [&](const QString &statement, const QVariantList &values = {}) {
            if (!ok)
                return;
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec()) {
                *error = query.lastError().text() + " in " + statement;
                ok = false;
            }
        };
        const QString t0 = "2026-03-02T13:04:05.000Z";
        const auto at = [](int minute) {
            return QString("2026-03-02T14:%1:00.000Z").arg(minute, 2, 10, QLatin1Char('0'));
        };
        run("INSERT INTO operators (id, email, name, password_hash, role, created_at, title) "
            "VALUES (1, ?, 'Ana Dona', ?, 'owner', ?, 'Fundadora'), "
            "(2, ?, 'Bia', ?, 'operator', ?, '')",
            {ServerProcess::ownerEmail(), Secrets::hashPassword(ServerProcess::ownerPassword()), t0,
             LegacyInstallation::biaEmail(),
             Secrets::hashPassword(LegacyInstallation::biaPassword()), t0});
        run("INSERT INTO auth_tokens (id, operator_id, token_hash, created_at, device_name) "
            "VALUES (1, 1, ?, ?, 'Notebook da Ana')",
            {Secrets::tokenDigest(made->ownerToken), t0});
        run("INSERT INTO websites (id, name, widget_key, created_at) VALUES (1, 'Loja Antiga', ?, "
            "?)",
            {LegacyInstallation::websiteKey(), t0});
        run("INSERT INTO chat_groups (id, website_id, name, group_key, created_at) "
            "VALUES (1, 1, 'Pós-venda', 'pos-venda', ?)",
            {t0});
        run("INSERT INTO group_members (group_id, operator_id) VALUES (1, 2)");
        run("INSERT INTO working_hours (operator_id, weekday, enabled, start_time, end_time) "
            "VALUES (2, 1, 1, '09:00', '17:00')");
        const QStringList names = {"Ana Cliente", "Caio", "Duda"};
        for (int v = 0; v < 3; ++v) {
            run("INSERT INTO visitors (id, website_id, token_hash, language, created_at, "
                "last_seen_at, name, visit_count, group_id) VALUES (?, 1, ?, 'pt-BR', ?, ?, ?, 1, "
                "?)",
                {v + 1, Secrets::tokenDigest(made->visitorTokens.at(v)), t0, at(50), names.at(v),
                 v == 1 ? QVariant(1) : QVariant(QMetaType(QMetaType::LongLong))});
            run("INSERT INTO page_views (visitor_id, url, title, referrer, viewed_at) "
                "VALUES (?, 'https://loja.example/produtos', 'Produtos', '', ?)",
                {v + 1, t0});
        }
        run("INSERT INTO visitor_notes (visitor_id, author_id, body, created_at) "
            "VALUES (1, 1, 'Cliente fiel desde 2025', ?)",
            {t0});
        run("INSERT INTO saved_replies (shortcut, body, updated_by, updated_at) "
            "VALUES ('troca', 'Trocamos em até 7 dias.', 1, ?)",
            {t0});
        // Chats in each state: closed and rated, open (owned), queued, open with a file.
        struct Chat
        {
            qint64 visitor;
            QString state;
            QVariant owner;
            QString closedAt, rating, comment;
        };
        const QVariant none(QMetaType(QMetaType::LongLong));
        const QList<Chat> chats = {{1, "open", 1, at(20), "good", "Ótimo atendimento 👍"},
                                   {1, "open", 2, "", "", ""},
                                   {2, "queued", none, "", "", ""},
                                   {3, "open", 1, "", "bad", ""}};
        made->visitorTexts = {{}, {}, {}};
        qint64 messageId = 0;
        for (int c = 0; c < chats.size(); ++c) {
            const Chat &chat = chats.at(c);
            run("INSERT INTO conversations (id, visitor_id, state, owner_id, created_at, "
                "updated_at, closed_at, rating, rating_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {c + 1, chat.visitor, chat.state, chat.owner, at(c), at(c + 30), chat.closedAt,
                 chat.rating, chat.comment});
            made->conversationStates.insert(
                c + 1, QString("%1 owner=%2 closed=%3 rating=%4")
                           .arg(chat.state, chat.owner.toString(), chat.closedAt, chat.rating));
            if (!chat.owner.isNull())
                run("INSERT INTO conversation_participants (conversation_id, operator_id) "
                    "VALUES (?, ?)",
                    {c + 1, chat.owner});
            for (int m = 0; m < 6; ++m) {
                const bool byVisitor = m % 2 == 0 || chat.owner.isNull();
                const QString text = QString("Conversa %1, mensagem %2: ação, São Paulo, ✓ %3")
                                         .arg(c + 1)
                                         .arg(m + 1)
                                         .arg(byVisitor ? "visitante" : "equipe");
                ++messageId;
                run("INSERT INTO messages (id, conversation_id, author_kind, author_id, client_id, "
                    "body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    {messageId, c + 1, byVisitor ? "visitor" : "operator",
                     byVisitor ? chat.visitor : chat.owner.toLongLong(),
                     QString("legacy-%1").arg(messageId), text, at(c + m)});
                made->visitorTexts[int(chat.visitor) - 1] << text;
            }
        }
        // The last chat's visitor sent a file, with a message of its own.
        run("INSERT INTO attachments (id, visitor_id, conversation_id, uploader_kind, "
            "uploader_id, name, type, size, created_at) VALUES (?, 3, 4, 'visitor', 3, "
            "'nota-fiscal.pdf', 'application/pdf', 9, ?)",
            {LegacyInstallation::attachmentId(), at(40)});
        ++messageId;
        run("INSERT INTO messages (id, conversation_id, author_kind, author_id, client_id, body, "
            "created_at, attachment_id) VALUES (?, 4, 'visitor', 3, 'legacy-file', 'Segue a nota', "
            "?, ?)",
            {messageId, at(41), LegacyInstallation::attachmentId()});
        made->visitorTexts[2] << "Segue a nota";
        // Answered: a chat whose visitor waits on its owner would go back to the queue on start.
        ++messageId;
        run("INSERT INTO messages (id, conversation_id, author_kind, author_id, client_id, body, "
            "created_at) VALUES (?, 4, 'operator', 1, 'legacy-thanks', 'Recebida, obrigada!', ?)",
            {messageId, at(42)});
        made->visitorTexts[2] << "Recebida, obrigada!";
        // Since migration 33 SQLite's write path, no longer a trigger, puts new messages in the
        // search index.
        if (ok && version >= 33 && !url->isPostgreSql()
            && !MessageSearch(db).indexMessagesAfter(0)) {
            *error = QStringLiteral("The messages could not be indexed");
            ok = false;
        }
        run("UPDATE messages SET body = body || ' (editada)', edited_at = ? WHERE id = 2",
            {at(45)});
        made->visitorTexts[0][1] += " (editada)";
        made->newestMessageId = messageId;
        // Ids were given above to tie the rows together; PostgreSQL's identity columns count on
        // from the largest, as after the inserts of a running server.
        for (const char *table :
             {"operators", "auth_tokens", "websites", "visitors", "page_views", "visitor_notes",
              "saved_replies", "chat_groups", "conversations"}) {
            if (url->isPostgreSql())
                run(QString("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                            "(SELECT MAX(id) FROM %1))")
                        .arg(table));
        }
        if (version >= 17) // message ids come from this counter since then
            run("UPDATE stream_positions SET position = ? WHERE stream = 'events'", {messageId});
        ok = ok && db.commit();
    }
    closeSqlConnection(name);
    if (ok) {
        QDir().mkpath(dataDir + "/attachments");
        QFile file(dataDir + "/attachments/" + LegacyInstallation::attachmentId());
        ok = file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4\n") == 9;
    }
    return ok;
}

} // namespace papo::testing
