#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

namespace papo::desk {

// A conversation of the cached list: its protocol object and the unread count shown.
struct CachedConversation
{
    QJsonObject summary;
    int unread = 0;
};

// The last messages of one chat the operator opened, oldest first.
struct CachedChat
{
    QList<QJsonObject> messages;
    bool hasMore = false;
};

// One account's copy of what papo-desk last showed, in an SQLite file (issue 17): the
// conversation list, the last messages of the recently opened chats and a few named values
// (the resume position, the profile, the team). It stores protocol JSON and knows nothing of
// the models; the server stays the truth. A file of another account, of another schema
// version or that is not a database at all is deleted and started afresh.
class LocalCache final
{
public:
    static constexpr int SchemaVersion = 1;
    // Chats whose messages are kept, the most recently opened first, and messages per chat.
    static constexpr int MaxChats = 30;
    static constexpr int MaxMessagesPerChat = 50;

    // Who a file belongs to: the server and the email, as the file records it.
    static QString accountFor(const QUrl &serverUrl, const QString &email);
    // The file for this account under the cache location (QStandardPaths::CacheLocation).
    static QString pathFor(const QUrl &serverUrl, const QString &email);
    // Deletes the file and its journal; true when nothing is left.
    static bool remove(const QString &path);

    LocalCache(const QString &path, const QString &account);
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // Opens (or makes) the file; false when even a fresh file cannot be written.
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // True when the file held this account's data from an earlier run.
    bool hadData() const { return m_hadData; }

    // Writes are grouped: one transaction per save.
    void beginWrite();
    bool commitWrite();

    // Undefined when the file holds no such value.
    QJsonValue value(const QString &name) const;
    void setValue(const QString &name, const QJsonValue &value);

    QList<CachedConversation> conversations() const;
    void replaceConversations(const QList<CachedConversation> &conversations);

    CachedChat chat(qint64 conversationId) const;
    bool hasChat(qint64 conversationId) const;
    // The open chat's messages replace the stored ones; it becomes the most recent chat.
    void saveChat(qint64 conversationId, const QList<QJsonObject> &messages, bool hasMore);
    // Live messages: those of the chats kept here are added (others are ignored), so each
    // kept chat stays one unbroken run of its latest messages.
    void appendMessages(const QList<QJsonObject> &messages);
    // An edited message replaces the stored one, when it is stored.
    void replaceMessage(const QJsonObject &message);

private:
    bool openFile();
    bool prepareSchema();
    void closeFile();
    void trimChat(qint64 conversationId);

    QString m_path;
    QString m_account;
    QString m_connectionName;
    bool m_open = false;
    bool m_hadData = false;
};

} // namespace papo::desk
