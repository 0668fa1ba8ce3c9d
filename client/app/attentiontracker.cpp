#include "attentiontracker.h"

#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

AttentionTracker::AttentionTracker(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this, [this] {
        if (m_windowActive)
            m_connection->post(MessageType::Active, {});
    });
}

void AttentionTracker::setWindowActive(bool active)
{
    m_windowActive = active;
    if (active && m_connection->isConnected())
        m_connection->post(MessageType::Active, {});
}

} // namespace papo::desk
