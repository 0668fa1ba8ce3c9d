#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace papo::desk {

class ChatController;
class LocalCache;

// Issue 17: papo-desk starts from its local cache. At the start of a session the account's
// LocalCache fills the models (the profile, the conversation list with its unread counts, the
// chat that was open and its last messages, the team) before the server answers, and gives the
// position to resume from, so the server sends only what came meanwhile. Then it keeps the
// copy: each change marks what to write, and one transaction a moment later writes it
// (write-behind, so typing and live traffic never wait for the disk). Signing out deletes it.
class SessionCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds SaveDelay{1000};

    explicit SessionCache(ChatController *controller, QObject *parent = nullptr);
    ~SessionCache() override;

    // Opens this account's cache and shows what it holds; returns the `lastSeq` to resume
    // from, or -1 when there is nothing to resume (no cache, or one that was not usable).
    // Again for the same account, it only answers the position.
    qint64 begin(const QUrl &serverUrl, const QString &email);
    // Writes what is pending and closes the file (the session ends; the copy stays).
    void end();
    // Deletes this account's copy (signing out).
    void forget();
    // Writes what is pending now instead of after SaveDelay.
    void saveNow();

    QString path() const { return m_path; }
    bool isOpen() const { return m_cache != nullptr; }

signals:
    // A write reached the file (tests wait for it).
    void saved();

private:
    void connectModels();
    void restore();
    void showCachedMessages(qint64 conversationId);
    void markList();
    void markChat();
    void markPosition();
    void schedule();

    ChatController *m_controller;
    std::unique_ptr<LocalCache> m_cache;
    QString m_path;
    qint64 m_resumeFromSeq = -1;
    QTimer m_saveTimer;
    bool m_restoring = false;
    // A hello (or the cache) gave the position: only then is it worth keeping, as resuming
    // from 0 would replay every message ever sent.
    bool m_positionKnown = false;
    qint64 m_position = 0; // the connection's lastSeq as of the last hello or message
    bool m_listDirty = false;
    bool m_chatDirty = false;
    bool m_positionDirty = false;
    bool m_teamDirty = false;
    QList<QJsonObject> m_liveMessages; // `message` events for the chats the cache keeps
    QList<QJsonObject> m_edits;
};

} // namespace papo::desk
