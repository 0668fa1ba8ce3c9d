#pragma once

#include <QHash>
#include <QObject>

namespace papo::desk {

class ChatController;
class ServerConnection;

// Tells the server where the operator's attention is: `active` when the window comes to
// the front, so this client is the one notified first (NOT-2), and `read` for the open
// chat while the window is active (CHT-5), so their other clients are not notified of what
// they have already seen.
class AttentionTracker final : public QObject
{
    Q_OBJECT

public:
    AttentionTracker(ServerConnection *connection, ChatController *controller,
                     QObject *parent = nullptr);

    void setWindowActive(bool active);

private:
    void markOpenConversationRead();

    ServerConnection *m_connection;
    ChatController *m_controller;
    bool m_windowActive = false;
    QHash<qint64, qint64> m_readUpTo; // conversation id -> the last `read` sent
};

} // namespace papo::desk
