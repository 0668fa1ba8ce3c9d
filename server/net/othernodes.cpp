#include "othernodes.h"

#include "sessionhub.h"
#include "visitorteamfeed.h"

#include <actionengine.h>
#include <chatservice.h>
#include <clusterfeed.h>
#include <conversationaccess.h>
#include <groupservice.h>
#include <nodevisitors.h>
#include <presenceservice.h>
#include <visitorrepository.h>
#include <visitorservice.h>

namespace papo::server {

OtherNodes::OtherNodes(Parts parts, ClusterFeed *feed)
    : m_parts(parts)
    , m_feed(feed)
{
    followChanges();
    if (m_feed)
        sharePresence();
}

OtherNodes::~OtherNodes()
{
    m_parts.visitors.setElsewhere(nullptr);
}

void OtherNodes::followChanges()
{
    connect(&m_parts.hub, &SessionHub::otherNodeChanged, this,
            [this](SessionHub::NodeChange change) {
                switch (change) {
                case SessionHub::NodeChange::Groups:
                    m_parts.groups.reload();
                    m_parts.teamFeed.announce();
                    return;
                case SessionHub::NodeChange::Team:
                    m_parts.access.forgetRoles();
                    m_parts.teamFeed.announce();
                    return;
                case SessionHub::NodeChange::Actions:
                    m_parts.actions.reload();
                    return;
                case SessionHub::NodeChange::Widgets:
                    m_parts.teamFeed.announce();
                    return;
                case SessionHub::NodeChange::Presence:
                    m_parts.presence.reloadStatuses();
                    if (m_feed)
                        m_feed->readPresence();
                    return;
                }
            });
    connect(&m_parts.hub, &SessionHub::conversationChangedElsewhere, &m_parts.chat,
            &ChatService::followChangeElsewhere);
}

void OtherNodes::sharePresence()
{
    // An operator online on one node is online for the visitors of all (the widget's mode,
    // the queue's routing); the clients of a node that died stop counting after its
    // heartbeat's timeout.
    connect(&m_parts.presence, &PresenceService::connectedHereChanged, this,
            [this](qint64 operatorId, bool connected) {
                m_feed->setConnectedHere(operatorId, connected);
                m_parts.hub.tellOtherNodes(SessionHub::NodeChange::Presence);
            });
    connect(&m_parts.presence, &PresenceService::statusChanged, this,
            [this] { m_parts.hub.tellOtherNodes(SessionHub::NodeChange::Presence); });
    connect(m_feed, &ClusterFeed::operatorsElsewhere, &m_parts.presence,
            &PresenceService::setConnectedElsewhere);
    // VIS-1: the visitors-online list shows the visitors of every live node.
    connect(&m_parts.visitors, &VisitorService::onlineHereChanged, this, [this](qint64 visitorId) {
        m_feed->setVisitorHere(visitorId, m_parts.visitors.onlineHere(visitorId));
    });
    m_parts.visitors.setElsewhere(this);
}

QList<NodeVisitor> OtherNodes::visitorsElsewhere()
{
    return NodeVisitorRepository(m_parts.visitorRepository.database()).elsewhere(m_feed->node());
}

std::optional<NodeVisitor> OtherNodes::visitorElsewhere(qint64 visitorId)
{
    const auto found = NodeVisitorRepository(m_parts.visitorRepository.database())
                           .elsewhere(m_feed->node(), visitorId);
    return found.isEmpty() ? std::nullopt : std::optional<NodeVisitor>(found.first());
}

} // namespace papo::server
