#include "attentiontracker.h"

#include "chatcontroller.h"
#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

AttentionTracker::AttentionTracker(ServerConnection *connection, ChatController *controller,
                                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_controller(controller)
{
    connect(m_controller, &ChatController::openConversationChanged, this,
            &AttentionTracker::markOpenConversationRead);
    connect(m_controller, &ChatController::conversationUpdated, this, [this](qint64 id) {
        if (id == m_controller->openConversationId())
            markOpenConversationRead();
    });
    connect(m_connection, &ServerConnection::helloAcknowledged, this, [this] {
        m_readUpTo.clear(); // marks may not have reached the server before the connection broke
        if (m_windowActive)
            m_connection->post(MessageType::Active, {});
    });
}

void AttentionTracker::setWindowActive(bool active)
{
    m_windowActive = active;
    if (!active || !m_connection->isConnected())
        return;
    m_connection->post(MessageType::Active, {});
    markOpenConversationRead();
}

void AttentionTracker::markOpenConversationRead()
{
    const auto *open = m_controller->currentConversation();
    if (!m_windowActive || !open || !open->hasLastMessage || !m_connection->isConnected())
        return;
    const qint64 upToId = open->lastMessage.id;
    if (m_readUpTo.value(open->id) >= upToId)
        return;
    m_readUpTo.insert(open->id, upToId);
    m_connection->post(MessageType::Read, {{QLatin1String("conversationId"), open->id},
                                           {QLatin1String("upToId"), upToId}});
}

} // namespace papo::desk
