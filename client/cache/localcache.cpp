#include "localcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace papo::desk {

namespace {

Q_LOGGING_CATEGORY(lcCache, "papo.desk.cache")

const QStringList Schema{
    QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)"),
    QStringLiteral("CREATE TABLE conversations (id INTEGER PRIMARY KEY, position INTEGER NOT "
                   "NULL, unread INTEGER NOT NULL, json BLOB NOT NULL)"),
    QStringLiteral("CREATE TABLE chats (conversation_id INTEGER PRIMARY KEY, opened INTEGER NOT "
                   "NULL, has_more INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT "
                   "NULL, json BLOB NOT NULL)"),
    QStringLiteral("CREATE INDEX messages_by_chat ON messages (conversation_id, id)"),
};

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject decode(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

qint64 idOf(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toInteger();
}

} // namespace

QString LocalCache::accountFor(const QUrl &serverUrl, const QString &email)
{
    return serverUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('\n')
           + email.trimmed().toLower();
}

QString LocalCache::pathFor(const QUrl &serverUrl, const QString &email)
{
    // One file per account; the name gives neither away.
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(accountFor(serverUrl, email).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/accounts/") + name + QStringLiteral(".sqlite");
}

bool LocalCache::remove(const QString &path)
{
    bool removed = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

LocalCache::LocalCache(const QString &path, const QString &account)
    : m_path(path)
    , m_account(account)
    , m_connectionName(QStringLiteral("papo-desk-cache-")
                       + QUuid::createUuid().toString(QUuid::Id128))
{}

LocalCache::~LocalCache()
{
    closeFile();
}

bool LocalCache::open()
{
    if (openFile() && prepareSchema())
        return m_open = true;
    // Another account's, another version's, or not a database: start afresh.
    qCInfo(lcCache) << "starting a new cache file" << m_path;
    closeFile();
    remove(m_path);
    m_hadData = false;
    m_open = openFile() && prepareSchema();
    if (!m_open)
        closeFile();
    return m_open;
}

bool LocalCache::openFile()
{
    // Customers' messages: readable by this user only (SQLite gives its -wal and -shm files the
    // database file's permissions).
    const QString folder = QFileInfo(m_path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QFile file(m_path); !file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        qCWarning(lcCache) << "cannot open" << m_path << db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // A copy that can be rebuilt: no fsync per save; WAL keeps a crash from corrupting it.
    return query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
           && query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

void LocalCache::closeFile()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalCache::prepareSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return false; // not a database
    const int version = query.value(0).toInt();
    if (version == SchemaVersion) {
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = 'account'"));
        if (!query.exec() || !query.next() || query.value(0).toString() != m_account)
            return false;
        m_hadData = true;
        return true;
    }
    if (version != 0 || !db.tables().isEmpty())
        return false; // another version's file
    db.transaction();
    for (const QString &statement : Schema) {
        if (!query.exec(statement)) {
            qCWarning(lcCache) << "cannot create the cache:" << query.lastError().text();
            db.rollback();
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES ('account', ?)"));
    query.addBindValue(m_account);
    const bool ok = query.exec()
                    && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))
                    && db.commit();
    if (!ok)
        db.rollback();
    return ok;
}

void LocalCache::beginWrite()
{
    if (m_open)
        QSqlDatabase::database(m_connectionName, false).transaction();
}

bool LocalCache::commitWrite()
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.commit())
        return true;
    qCWarning(lcCache) << "cannot save the cache:" << db.lastError().text();
    db.rollback();
    return false;
}

QJsonValue LocalCache::value(const QString &name) const
{
    if (!m_open)
        return QJsonValue::Undefined;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return QJsonValue::Undefined;
    // Stored wrapped, so any JSON value (a number, an object) round-trips.
    return decode(query.value(0).toByteArray()).value(QLatin1String("v"));
}

void LocalCache::setValue(const QString &name, const QJsonValue &value)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(encode(QJsonObject{{QLatin1String("v"), value}}));
    query.exec();
}

QList<CachedConversation> LocalCache::conversations() const
{
    QList<CachedConversation> conversations;
    if (!m_open)
        return conversations;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT json, unread FROM conversations ORDER BY position")))
        return conversations;
    while (query.next())
        conversations.append({decode(query.value(0).toByteArray()), query.value(1).toInt()});
    return conversations;
}

void LocalCache::replaceConversations(const QList<CachedConversation> &conversations)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("DELETE FROM conversations"));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO conversations (id, position, unread, json) VALUES (?, ?, ?, ?)"));
    for (int position = 0; position < conversations.size(); ++position) {
        const CachedConversation &conversation = conversations.at(position);
        query.addBindValue(idOf(conversation.summary, QLatin1StringView("id")));
        query.addBindValue(position);
        query.addBindValue(conversation.unread);
        query.addBindValue(encode(conversation.summary));
        query.exec();
    }
}

bool LocalCache::hasChat(qint64 conversationId) const
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM chats WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    return query.exec() && query.next();
}

CachedChat LocalCache::chat(qint64 conversationId) const
{
    CachedChat chat;
    if (!m_open)
        return chat;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT has_more FROM chats WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec() || !query.next())
        return chat;
    chat.hasMore = query.value(0).toBool();
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT json FROM messages WHERE conversation_id = ? ORDER BY id"));
    query.addBindValue(conversationId);
    if (query.exec()) {
        while (query.next())
            chat.messages.append(decode(query.value(0).toByteArray()));
    }
    return chat;
}

void LocalCache::saveChat(qint64 conversationId, const QList<QJsonObject> &messages, bool hasMore)
{
    if (!m_open || conversationId <= 0)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    query.exec();
    const qsizetype first = qMax<qsizetype>(0, messages.size() - MaxMessagesPerChat);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO messages (id, conversation_id, json) VALUES (?, ?, ?)"));
    for (qsizetype i = first; i < messages.size(); ++i) {
        query.addBindValue(idOf(messages.at(i), QLatin1StringView("id")));
        query.addBindValue(conversationId);
        query.addBindValue(encode(messages.at(i)));
        query.exec();
    }
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO chats (conversation_id, opened, has_more) VALUES "
                       "(?, (SELECT COALESCE(MAX(opened), 0) + 1 FROM chats), ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(hasMore || first > 0);
    query.exec();
    // Only the most recently opened chats keep their messages.
    const QString older
        = QStringLiteral(
              "SELECT conversation_id FROM chats ORDER BY opened DESC LIMIT -1 OFFSET %1")
              .arg(MaxChats);
    query.exec(QStringLiteral("DELETE FROM messages WHERE conversation_id IN (%1)").arg(older));
    query.exec(QStringLiteral("DELETE FROM chats WHERE conversation_id IN (%1)").arg(older));
}

void LocalCache::appendMessages(const QList<QJsonObject> &messages)
{
    if (!m_open || messages.isEmpty())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QSet<qint64> kept;
    if (query.exec(QStringLiteral("SELECT conversation_id FROM chats"))) {
        while (query.next())
            kept.insert(query.value(0).toLongLong());
    }
    QSet<qint64> touched;
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO messages (id, conversation_id, json) VALUES (?, ?, ?)"));
    for (const QJsonObject &message : messages) {
        const qint64 conversationId = idOf(message, QLatin1StringView("conversationId"));
        if (!kept.contains(conversationId))
            continue;
        query.addBindValue(idOf(message, QLatin1StringView("id")));
        query.addBindValue(conversationId);
        query.addBindValue(encode(message));
        if (query.exec())
            touched.insert(conversationId);
    }
    for (const qint64 conversationId : std::as_const(touched))
        trimChat(conversationId);
}

void LocalCache::replaceMessage(const QJsonObject &message)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE messages SET json = ? WHERE id = ?"));
    query.addBindValue(encode(message));
    query.addBindValue(idOf(message, QLatin1StringView("id")));
    query.exec();
}

void LocalCache::trimChat(qint64 conversationId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "DELETE FROM messages WHERE conversation_id = ? AND id NOT IN (SELECT id FROM messages "
        "WHERE conversation_id = ? ORDER BY id DESC LIMIT ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(conversationId);
    query.addBindValue(MaxMessagesPerChat);
    if (!query.exec() || query.numRowsAffected() <= 0)
        return;
    query.prepare(QStringLiteral("UPDATE chats SET has_more = 1 WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    query.exec();
}

} // namespace papo::desk
