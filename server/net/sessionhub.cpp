#include "sessionhub.h"

#include "session.h"

#include <clusterfeed.h>

#include <chatservice.h>
#include <conversationaccess.h>
#include <envelope.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <visitorservice.h>

#include <QJsonDocument>

namespace papo::server {

namespace MessageType = common::MessageType;

SessionHub::SessionHub(ChatService &chat, PresenceService &presence, VisitorService &visitors,
                       ConversationAccess &access, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_access(access)
{
    // A visitor's summary is built once per batch interval, however often they changed.
    connect(&visitors, &VisitorService::visitorChanged, this, [this](qint64 visitorId) {
        if (m_operators.isEmpty() && !m_feed)
            return; // nobody to tell (other nodes' operators count)
        if (!m_changedVisitors.contains(visitorId)) {
            m_changedVisitors.insert(visitorId);
            m_changedOrder.append(visitorId);
        }
        m_visitorBatches.scheduleFlush();
    });
    connect(&m_visitorBatches, &VisitorUpdateBatches::aboutToFlush, this,
            [this, &visitors] { announceChangedVisitors(visitors); });
    connect(&visitors, &VisitorService::visitorLeft, this,
            [this](qint64 visitorId, qint64 groupId) {
                // Its place in m_changedOrder stays (O(1) here): announce skips it.
                m_changedVisitors.remove(visitorId);
                route(HubTarget::of(HubTarget::Kind::VisitorUpdate, visitorId, groupId), {});
            });
    connect(&visitors, &VisitorService::noteAdded, this,
            [this, &visitors](qint64 visitorId, const VisitorNote &note) {
                const auto profile = visitors.profile(visitorId);
                sendAboutVisitor(visitorId, profile ? profile->groupId : 0,
                                 common::encodeEvent(MessageType::Note,
                                                     {{QLatin1String("visitorId"), visitorId},
                                                      {QLatin1String("note"), noteToJson(note)}}));
            });
    // On PostgreSQL every stored message comes from the ClusterFeed, in position order whichever
    // node wrote it (attachFeed()).
    connect(&chat, &ChatService::messagePosted, this,
            [this](const common::ChatMessage &message, qint64 visitorId,
                   const common::ConversationSummary &conversation) {
                if (m_feed) {
                    m_postedUpTo = std::max(m_postedUpTo, message.position);
                    return;
                }
                // The conversation's summary says who may see it; read it if it is missing
                // (unknown: owners and admins only).
                deliverMessage(message, conversation.id != 0
                                            ? audienceOf(conversation, visitorId)
                                            : m_access.audienceOf(message.conversationId)
                                                  .value_or(ChatAudience{visitorId, -1, {}}));
            });
    connect(&chat, &ChatService::messageEdited, this,
            [this](const common::ChatMessage &message, qint64 visitorId) {
                const QByteArray frame
                    = common::encodeEvent(MessageType::MessageEdited, message.toJson());
                sendToVisitor(visitorId, frame);
                if (const auto audience = m_access.audienceOf(message.conversationId))
                    sendToOperators(*audience, frame);
            });
    connect(&chat, &ChatService::readMarked, this,
            [this](qint64 conversationId, qint64 visitorId, common::AuthorKind reader,
                   qint64 operatorId, qint64 upToId) {
                const bool byVisitor = reader == common::AuthorKind::Visitor;
                QJsonObject mark{{QLatin1String("conversationId"), conversationId},
                                 {QLatin1String("by"),
                                  byVisitor ? QLatin1String("visitor") : QLatin1String("operator")},
                                 {QLatin1String("upToId"), upToId}};
                if (!byVisitor) {
                    // The visitor learns that the team has seen it, not who did.
                    sendToVisitor(visitorId, common::encodeEvent(MessageType::Read, mark));
                    mark.insert(QLatin1String("operatorId"), operatorId);
                }
                if (const auto audience = m_access.audienceOf(conversationId))
                    sendToOperators(*audience, common::encodeEvent(MessageType::Read, mark));
            });
    connect(&chat, &ChatService::operatorInvited, this,
            [this](qint64 conversationId, qint64 operatorId, qint64 byOperatorId) {
                route(HubTarget::of(HubTarget::Kind::Operator, operatorId),
                      common::encodeEvent(MessageType::Invited,
                                          {{QLatin1String("conversationId"), conversationId},
                                           {QLatin1String("byOperatorId"), byOperatorId}}));
            });
    connect(&chat, &ChatService::conversationChanged, this,
            [this](const common::ConversationSummary &summary) {
                HubTarget target = HubTarget::audienceOf(audienceOf(summary, summary.visitorId));
                target.kind = HubTarget::Kind::Conversation;
                target.conversationId = summary.id;
                route(target, common::encodeEvent(MessageType::Conversation, summary.toJson()));
            });
    // `mode` events to visitors come from VisitorTeamFeed, with the team summary.
    connect(&presence, &PresenceService::statusChanged, this,
            [this](qint64 operatorId, common::OperatorStatus status) {
                sendToOperators(common::encodeEvent(
                    MessageType::Presence,
                    {{QLatin1String("operatorId"), operatorId},
                     {QLatin1String("status"), common::operatorStatusName(status)}}));
            });
}

void SessionHub::addVisitor(qint64 visitorId, qint64 widgetGroup, Session *session)
{
    m_visitors.insert(visitorId, session);
    m_visitorOf.insert(session, visitorId);
    m_widgetGroupOfVisitor.insert(visitorId, widgetGroup);
    m_visitorsByWidgetGroup[widgetGroup].insert(visitorId);
    connect(session, &Session::finished, this, [this, session] { forget(session); });
}

void SessionHub::addOperator(qint64 operatorId, Session *session, qint64 deviceId)
{
    m_operators.insert(operatorId, session);
    m_operatorOf.insert(session, operatorId);
    m_deviceOf.insert(session, deviceId);
    connect(session, &Session::finished, this, [this, session] { forget(session); });
}

void SessionHub::forget(Session *session)
{
    const QList<qint64> visitors = m_visitorOf.values(session);
    m_visitorOf.remove(session);
    for (qint64 visitorId : visitors) {
        m_visitors.remove(visitorId, session);
        if (!m_visitors.contains(visitorId))
            forgetVisitor(visitorId);
    }
    const QList<qint64> operators = m_operatorOf.values(session);
    m_operatorOf.remove(session);
    for (qint64 operatorId : operators)
        m_operators.remove(operatorId, session);
    m_deviceOf.remove(session);
    m_visitorBatches.forget(session);
}

void SessionHub::announceChangedVisitors(VisitorService &visitors)
{
    const QList<qint64> changed = std::exchange(m_changedOrder, {});
    for (qint64 visitorId : changed) {
        // Not in the set: left since (or already announced, when it left and came back).
        if (!m_changedVisitors.remove(visitorId))
            continue;
        if (const auto summary = visitors.summary(visitorId))
            route(
                HubTarget::of(HubTarget::Kind::VisitorUpdate, visitorId, summary->profile.groupId),
                summary->toJsonBytes());
    }
}

void SessionHub::forgetVisitor(qint64 visitorId)
{
    const qint64 widgetGroup = m_widgetGroupOfVisitor.take(visitorId);
    auto group = m_visitorsByWidgetGroup.find(widgetGroup);
    if (group == m_visitorsByWidgetGroup.end())
        return;
    group->remove(visitorId);
    if (group->isEmpty())
        m_visitorsByWidgetGroup.erase(group);
}

void SessionHub::attachFeed(ClusterFeed *feed)
{
    m_feed = feed;
    m_streamedUpTo = feed->startPosition();
    connect(feed, &ClusterFeed::messagesStored, this,
            [this](const QList<StreamedMessage> &stored, qint64 upTo) {
                for (const StreamedMessage &one : stored)
                    deliverMessage(one.message, one.audience);
                m_streamedUpTo = upTo;
                while (!m_afterDelivery.empty() && m_afterDelivery.begin()->first <= upTo) {
                    const auto then = std::move(m_afterDelivery.begin()->second);
                    m_afterDelivery.erase(m_afterDelivery.begin());
                    then();
                }
            });
    connect(feed, &ClusterFeed::framesArrived, this, [this](const QList<NodeFrame> &frames) {
        for (const NodeFrame &one : frames) {
            if (const auto target = HubTarget::decode(one.target))
                afterDelivery(one.afterMessage, [this, target = *target, frame = one.frame] {
                    deliver(target, frame);
                    if (target.kind == HubTarget::Kind::Conversation)
                        emit conversationChangedElsewhere(target.conversationId);
                });
        }
    });
}

void SessionHub::afterDelivery(qint64 position, std::function<void()> then)
{
    if (!m_feed || position <= m_streamedUpTo)
        then();
    else
        m_afterDelivery.emplace(position, std::move(then));
}

ChatAudience SessionHub::audienceOf(const common::ConversationSummary &conversation,
                                    qint64 visitorId)
{
    ChatAudience audience{visitorId, conversation.groupId, conversation.participants};
    if (conversation.ownerId > 0 && !audience.operatorIds.contains(conversation.ownerId))
        audience.operatorIds.append(conversation.ownerId);
    return audience;
}

void SessionHub::deliverMessage(const common::ChatMessage &message, const ChatAudience &audience)
{
    const QByteArray frame
        = common::encodeEvent(MessageType::Message, message.toJson(), message.position);
    for (auto it = m_visitors.constFind(audience.visitorId);
         it != m_visitors.cend() && it.key() == audience.visitorId; ++it)
        it.value()->sendDurable(message.position, frame);
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        if (m_access.maySee(it.key(), audience))
            it.value()->sendDurable(message.position, frame);
    }
}

void SessionHub::route(const HubTarget &target, const QByteArray &frame)
{
    if (!m_feed) {
        deliver(target, frame);
        return;
    }
    // After the messages posted before it, here and on the other nodes: as without a feed, a
    // chat's `message` comes before the `conversation` that follows from it.
    afterDelivery(m_postedUpTo, [this, target, frame] { deliver(target, frame); });
    m_feed->publish({target.encode(), frame, m_postedUpTo});
}

void SessionHub::deliver(const HubTarget &target, const QByteArray &frame)
{
    using Kind = HubTarget::Kind;
    switch (target.kind) {
    case Kind::Visitor:
        for (auto it = m_visitors.constFind(target.id);
             it != m_visitors.cend() && it.key() == target.id; ++it)
            it.value()->send(frame);
        return;
    case Kind::WidgetGroup:
        if (const auto group = m_visitorsByWidgetGroup.constFind(target.id);
            group != m_visitorsByWidgetGroup.cend()) {
            for (qint64 visitorId : *group)
                deliver(HubTarget::of(Kind::Visitor, visitorId), frame);
        }
        return;
    case Kind::Operators:
        for (Session *session : std::as_const(m_operators))
            session->send(frame);
        return;
    case Kind::Audience:
    case Kind::Conversation: {
        const ChatAudience audience = target.audience();
        for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
            if (m_access.maySee(it.key(), audience))
                it.value()->send(frame);
        }
        return;
    }
    case Kind::AboutVisitor:
        for (Session *session : sessionsAboutVisitor(target.id, target.groupId))
            session->send(frame);
        return;
    case Kind::VisitorUpdate:
        for (Session *session : sessionsAboutVisitor(target.id, target.groupId))
            m_visitorBatches.add(session, target.id, frame);
        return;
    case Kind::Operator:
        for (auto it = m_operators.constFind(target.id);
             it != m_operators.cend() && it.key() == target.id; ++it)
            it.value()->send(frame);
        return;
    case Kind::CloseOperator:
        for (Session *session : m_operators.values(target.id))
            session->closeWith(common::CloseUnauthorized, QStringLiteral("account deactivated"));
        return;
    case Kind::CloseDevices:
        for (Session *session : m_operators.values(target.id)) {
            if (target.ids.contains(m_deviceOf.value(session)))
                session->closeWith(common::CloseUnauthorized, QStringLiteral("signed out"));
        }
        return;
    case Kind::MoveVisitor:
        moveHere(target.id, target.widgetGroup, target.groupId, target.toGroupId);
        return;
    case Kind::NodeChange:
        emit otherNodeChanged(NodeChange(target.id));
        return;
    }
}

void SessionHub::tellOtherNodes(NodeChange change)
{
    if (m_feed)
        m_feed->publish({HubTarget::of(HubTarget::Kind::NodeChange, qint64(change)).encode(),
                         {},
                         m_postedUpTo});
}

void SessionHub::moveVisitor(qint64 visitorId, qint64 widgetGroup, qint64 fromGroupId,
                             qint64 toGroupId)
{
    HubTarget target = HubTarget::of(HubTarget::Kind::MoveVisitor, visitorId, fromGroupId);
    target.toGroupId = toGroupId;
    target.widgetGroup = widgetGroup;
    route(target, {});
}

void SessionHub::moveHere(qint64 visitorId, qint64 widgetGroup, qint64 fromGroupId,
                          qint64 toGroupId)
{
    if (m_visitors.contains(visitorId)) {
        forgetVisitor(visitorId);
        m_widgetGroupOfVisitor.insert(visitorId, widgetGroup);
        m_visitorsByWidgetGroup[widgetGroup].insert(visitorId);
    }
    if (fromGroupId == toGroupId)
        return;
    // Those who saw the visitor through the old group, and neither see the new one nor take
    // part in the visitor's chats, drop the visitor and their chats from their lists.
    std::optional<ChatAudience> audience;
    QList<qint64> conversationIds;
    QSet<qint64> told;
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        const qint64 operatorId = it.key();
        if (!m_access.seesGroup(operatorId, fromGroupId)
            || m_access.seesGroup(operatorId, toGroupId))
            continue;
        if (!audience) {
            audience = m_access.visitorAudience(visitorId, toGroupId);
            const auto conversations
                = m_chat.conversations().visitorConversations(visitorId, VisibilityScope::all());
            for (const auto &conversation : conversations)
                conversationIds.append(conversation.id);
        }
        if (audience->operatorIds.contains(operatorId))
            continue;
        for (qint64 conversationId : std::as_const(conversationIds))
            it.value()->send(
                common::encodeEvent(MessageType::ConversationRemoved,
                                    {{QLatin1String("conversationId"), conversationId}}));
        m_visitorBatches.add(it.value(), visitorId, {}); // gone from their list
    }
}

void SessionHub::sendAboutVisitor(qint64 visitorId, qint64 groupId, const QByteArray &frame)
{
    route(HubTarget::of(HubTarget::Kind::AboutVisitor, visitorId, groupId), frame);
}

QList<Session *> SessionHub::sessionsAboutVisitor(qint64 visitorId, qint64 groupId)
{
    QList<Session *> sessions;
    std::optional<ChatAudience> audience;
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        if (!m_access.seesGroup(it.key(), groupId)) {
            if (!audience)
                audience = m_access.visitorAudience(visitorId, groupId);
            if (!audience->operatorIds.contains(it.key()))
                continue;
        }
        sessions.append(it.value());
    }
    return sessions;
}

void SessionHub::sendToVisitor(qint64 visitorId, const QByteArray &frame)
{
    route(HubTarget::of(HubTarget::Kind::Visitor, visitorId), frame);
}

void SessionHub::sendToVisitorsOf(qint64 widgetGroup, const QByteArray &frame)
{
    deliver(HubTarget::of(HubTarget::Kind::WidgetGroup, widgetGroup), frame);
}

void SessionHub::sendToOperators(const QByteArray &frame)
{
    route(HubTarget::of(HubTarget::Kind::Operators), frame);
}

void SessionHub::sendToOperators(const ChatAudience &audience, const QByteArray &frame)
{
    route(HubTarget::audienceOf(audience), frame);
}

void SessionHub::closeOperator(qint64 operatorId)
{
    route(HubTarget::of(HubTarget::Kind::CloseOperator, operatorId), {});
}

void SessionHub::closeDevices(qint64 operatorId, const QList<qint64> &deviceIds)
{
    HubTarget target = HubTarget::of(HubTarget::Kind::CloseDevices, operatorId);
    target.ids = deviceIds;
    route(target, {});
}

} // namespace papo::server
