#pragma once

#include <QObject>

namespace papo::desk {

class ServerConnection;

// Tells the server where the operator's attention is: `active` when the window comes to
// the front (and after reconnecting while it is), so this client is the one notified first
// (NOT-2). Read marks for the chat on screen are ConversationActions' job (CHT-5).
class AttentionTracker final : public QObject
{
    Q_OBJECT

public:
    explicit AttentionTracker(ServerConnection *connection, QObject *parent = nullptr);

    void setWindowActive(bool active);

private:
    ServerConnection *m_connection;
    bool m_windowActive = false;
};

} // namespace papo::desk
