#pragma once

#include "hubtarget.h"
#include "visitorupdatebatches.h"

#include <chatmessage.h>
#include <visibilityscope.h>

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <map>

namespace papo::server {

class ChatService;
class ClusterFeed;
class ConversationAccess;
class PresenceService;
class Session;
class VisitorService;

// Who is connected, and the fan-out of core events to their sockets. Events about a
// conversation or a visitor reach only the operators who may see it (ConversationAccess,
// GRP-1); team-wide ones (presence, team, saved replies, groups) reach everyone. Visitors are
// kept by "widget group" (their group, or their website while they have none), so a change
// that concerns one group's widgets (WID-2) costs nothing for the others.
class SessionHub final : public QObject
{
    Q_OBJECT

public:
    SessionHub(ChatService &chat, PresenceService &presence, VisitorService &visitors,
               ConversationAccess &access, QObject *parent = nullptr);

    // `widgetGroup`: widgetGroupOf() the visitor's group and website.
    // Several nodes on one PostgreSQL: every frame sent here goes to the other nodes too, and
    // theirs come here; stored messages come only from the feed, in position order.
    void attachFeed(ClusterFeed *feed);
    // What a node keeps in memory and reads again when another node changed it.
    enum class NodeChange { Groups = 1, Team = 2, Actions = 3, Presence = 4, Widgets = 5 };
    Q_ENUM(NodeChange)
    // The other nodes hear of it (otherNodeChanged()); nothing without a feed.
    void tellOtherNodes(NodeChange change);
    // Runs `then` once this node's sockets have been given every message up to stream
    // `position` (at once without a feed): a request's ack follows its `message` event on
    // either backend.
    void afterDelivery(qint64 position, std::function<void()> then);

    void addVisitor(qint64 visitorId, qint64 widgetGroup, Session *session);
    // `deviceId`: the signed-in device (bearer token) the session said hello with.
    void addOperator(qint64 operatorId, Session *session, qint64 deviceId);

    // A group id, or minus the website id for visitors without a group.
    static qint64 widgetGroupOf(qint64 groupId, qint64 websiteId)
    {
        return groupId > 0 ? groupId : -websiteId;
    }
    // The visitor moved to another group (GRP-2): later `mode` events follow it, and the
    // operators who no longer see them or their chats are told to drop them.
    void moveVisitor(qint64 visitorId, qint64 widgetGroup, qint64 fromGroupId, qint64 toGroupId);
    QList<qint64> widgetGroups() const { return m_visitorsByWidgetGroup.keys(); }

    void sendToVisitor(qint64 visitorId, const QByteArray &frame);
    // This node's visitors of the widget group only: every node tells its own what it finds
    // the same way (the widget's mode from presence shared across nodes).
    void sendToVisitorsOf(qint64 widgetGroup, const QByteArray &frame);
    // Everyone: presence, the team, saved replies, groups.
    void sendToOperators(const QByteArray &frame);
    // Only those who may see what `audience` describes.
    void sendToOperators(const ChatAudience &audience, const QByteArray &frame);
    void closeOperator(qint64 operatorId);
    // The sessions of these devices end now: they were signed out.
    void closeDevices(qint64 operatorId, const QList<qint64> &deviceIds);
    QList<Session *> operatorSessions(qint64 operatorId) const
    {
        return m_operators.values(operatorId);
    }

signals:
    void otherNodeChanged(papo::server::SessionHub::NodeChange change);
    // Another node changed this conversation (its `conversation` event has been delivered).
    void conversationChangedElsewhere(qint64 conversationId);

private:
    static ChatAudience audienceOf(const common::ConversationSummary &conversation,
                                   qint64 visitorId);
    void deliverMessage(const common::ChatMessage &message, const ChatAudience &audience);
    // To this node's sockets, and through the feed to the other nodes'.
    void route(const HubTarget &target, const QByteArray &frame);
    // To this node's sockets.
    void deliver(const HubTarget &target, const QByteArray &frame);
    void moveHere(qint64 visitorId, qint64 widgetGroup, qint64 fromGroupId, qint64 toGroupId);
    void forget(Session *session);
    void forgetVisitor(qint64 visitorId);
    // `note` events: the operators of the visitor's group, and those taking part in their chats
    // (looked up only if a group hides the visitor).
    void sendAboutVisitor(qint64 visitorId, qint64 groupId, const QByteArray &frame);
    QList<Session *> sessionsAboutVisitor(qint64 visitorId, qint64 groupId);
    // The visitors changed since the last batch, to every node's operators who see them.
    void announceChangedVisitors(VisitorService &visitors);

    ChatService &m_chat;
    ConversationAccess &m_access;
    ClusterFeed *m_feed = nullptr;
    qint64 m_streamedUpTo = 0; // the feed's position
    qint64 m_postedUpTo = 0;   // the position of the newest message this node posted
    std::multimap<qint64, std::function<void()>> m_afterDelivery;
    QMultiHash<qint64, Session *> m_visitors;
    QMultiHash<qint64, Session *> m_operators;
    // Whom each session speaks for, so a closing session is forgotten without a scan of
    // every connection (a mass disconnect would otherwise cost their square).
    QMultiHash<Session *, qint64> m_visitorOf;
    QMultiHash<Session *, qint64> m_operatorOf;
    QHash<Session *, qint64> m_deviceOf;
    QHash<qint64, qint64> m_widgetGroupOfVisitor;
    QHash<qint64, QSet<qint64>> m_visitorsByWidgetGroup;
    // `visitors_changed`: what changed since the last batch, and the batches per socket.
    QList<qint64> m_changedOrder;
    QSet<qint64> m_changedVisitors;
    VisitorUpdateBatches m_visitorBatches;
};

} // namespace papo::server
