#pragma once

#include <visibilityscope.h>

#include <QByteArray>
#include <QList>

#include <optional>

namespace papo::server {

// Whom one of SessionHub's frames is for. As JSON it travels to the other nodes
// (ClusterFeed), whose hubs hand the frame to their own sockets the same way.
struct HubTarget
{
    enum class Kind {
        Visitor,       // id: the visitor's sockets
        WidgetGroup,   // id: SessionHub::widgetGroupOf(); this node only
        Operators,     // every operator
        Audience,      // the operators who may see `audience`
        AboutVisitor,  // the operators of the visitor `id`'s group `groupId`, and those with them
        Operator,      // id: one operator's sockets
        CloseOperator, // id: end that operator's sessions
        CloseDevices,  // id: the operator; `ids`: the signed-out devices
        MoveVisitor,   // id: the visitor; widgetGroup, from `groupId` to `toGroupId`
        NodeChange,    // id: a SessionHub::NodeChange; other nodes read it again, no socket
        Conversation,  // as Audience; the other nodes also follow `conversationId`'s change
        VisitorUpdate, // as AboutVisitor; the frame is the visitor's JSON, empty when they left
    };

    Kind kind = Kind::Operators;
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 toGroupId = 0;
    qint64 widgetGroup = 0;
    qint64 conversationId = 0;
    QList<qint64> ids;

    static HubTarget of(Kind kind, qint64 id = 0, qint64 groupId = 0)
    {
        HubTarget target;
        target.kind = kind;
        target.id = id;
        target.groupId = groupId;
        return target;
    }
    static HubTarget audienceOf(const ChatAudience &audience)
    {
        HubTarget target = of(Kind::Audience, audience.visitorId, audience.groupId);
        target.ids = audience.operatorIds;
        return target;
    }
    ChatAudience audience() const { return {id, groupId, ids}; }

    QByteArray encode() const;
    // nullopt for what this version does not know (a newer node's target).
    static std::optional<HubTarget> decode(const QByteArray &json);
};

} // namespace papo::server
