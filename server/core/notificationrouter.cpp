#include "notificationrouter.h"

#include "chatrouting.h"
#include "chatservice.h"
#include "groupassigner.h"
#include "presenceservice.h"
#include "slowresponsewatcher.h"

namespace papo::server {

using common::AuthorKind;
using common::ConversationSummary;

QJsonObject Notification::toJson() const
{
    static const char *const reasons[] = {"queued", "message", "invited", "waiting", "assigned"};
    QJsonObject object{{QLatin1String("reason"), QLatin1String(reasons[int(reason)])},
                       {QLatin1String("conversationId"), conversationId},
                       {QLatin1String("messageId"), messageId},
                       {QLatin1String("visitorId"), visitorId},
                       {QLatin1String("visitorName"), visitorName},
                       {QLatin1String("text"), text}};
    if (!attachmentName.isEmpty())
        object.insert(QLatin1String("attachmentName"), attachmentName);
    if (reason == Reason::Assigned) {
        object.insert(QLatin1String("groupId"), groupId);
        object.insert(QLatin1String("byOperatorId"), byOperatorId);
    }
    return object;
}

NotificationRouter::NotificationRouter(ChatService &chat, PresenceService &presence,
                                       ChatRouting &routing, SlowResponseWatcher &slowResponses,
                                       GroupAssigner &assigner, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_presence(presence)
    , m_routing(routing)
    , m_slowResponses(slowResponses)
{
    // A stored message is announced as `messagePosted`, then its conversation's summary,
    // which says whom it concerns; other changes re-announce summaries without new messages.
    connect(&chat, &ChatService::messagePosted, this, [this](const common::ChatMessage &message) {
        if (message.authorKind == AuthorKind::Visitor)
            m_freshMessages.insert(message.conversationId, message.id);
    });
    connect(&chat, &ChatService::conversationChanged, this,
            [this](const ConversationSummary &summary) {
                const auto fresh = m_freshMessages.constFind(summary.id);
                if (fresh == m_freshMessages.cend() || !summary.hasLastMessage
                    || summary.lastMessage.id != fresh.value())
                    return;
                m_freshMessages.erase(fresh);
                routeVisitorMessage(summary);
            });
    // Several nodes: each node notifies its own operators, so a visitor's message stored by
    // another node is routed here too, once, when its conversation's change arrives.
    connect(&chat, &ChatService::conversationChangedElsewhere, this,
            [this](const ConversationSummary &summary) {
                if (!summary.hasLastMessage || summary.lastMessage.authorKind != AuthorKind::Visitor
                    || summary.lastMessage.createdAt.secsTo(QDateTime::currentDateTimeUtc())
                           > FreshElsewhereSeconds
                    || m_routedElsewhere.value(summary.id) >= summary.lastMessage.id)
                    return;
                if (m_routedElsewhere.size() >= MostRoutedElsewhere)
                    m_routedElsewhere.clear(); // the freshness check above still holds
                m_routedElsewhere.insert(summary.id, summary.lastMessage.id);
                routeVisitorMessage(summary);
            });
    connect(&chat, &ChatService::operatorInvited, this,
            [this](qint64 conversationId, qint64 operatorId) {
                routeInvitation(conversationId, operatorId);
            });
    connect(&slowResponses, &SlowResponseWatcher::waitedTooLong, this,
            &NotificationRouter::routeLongWait);
    connect(&chat, &ChatService::returnedToQueue, this, &NotificationRouter::routeReturn);
    // GRP-2: a group chosen in papo-desk reaches its online operators at once.
    connect(&assigner, &GroupAssigner::assigned, this,
            [this](qint64 visitorId, qint64, qint64 toGroupId, GroupSource source,
                   qint64 byOperatorId) {
                if (source == GroupSource::Operator && toGroupId != 0)
                    routeAssignment(visitorId, toGroupId, byOperatorId);
            });
}

Notification NotificationRouter::about(const ConversationSummary &summary,
                                       Notification::Reason reason)
{
    Notification notification;
    notification.reason = reason;
    notification.conversationId = summary.id;
    notification.visitorId = summary.visitorId;
    notification.visitorName = summary.visitorName;
    if (summary.hasLastMessage && summary.lastMessage.authorKind == AuthorKind::Visitor) {
        notification.messageId = summary.lastMessage.id;
        notification.messagePosition = summary.lastMessage.position;
        notification.text = summary.lastMessage.text;
        notification.attachmentName = summary.lastMessage.attachment.name;
    }
    return notification;
}

void NotificationRouter::routeVisitorMessage(const ConversationSummary &summary)
{
    if (summary.ownerId == 0) {
        // QUE-1: a queued chat is for every operator who takes new chats (of its group).
        if (summary.dismissed)
            return;
        const Notification notification = about(summary, Notification::Reason::Queued);
        const auto online = m_routing.onlineOperatorsFor(summary.groupId);
        for (qint64 operatorId : online)
            emit notificationDue(operatorId, notification);
        return;
    }
    const Notification notification = about(summary, Notification::Reason::Message);
    QList<qint64> recipients = summary.participants;
    if (!recipients.contains(summary.ownerId))
        recipients.prepend(summary.ownerId);
    for (qint64 operatorId : std::as_const(recipients))
        emit notificationDue(operatorId, notification);
}

void NotificationRouter::routeInvitation(qint64 conversationId, qint64 operatorId)
{
    if (const auto summary = m_chat.conversations().conversation(conversationId))
        emit notificationDue(operatorId, about(*summary, Notification::Reason::Invited));
}

void NotificationRouter::routeLongWait(const ConversationSummary &summary)
{
    const Notification notification = about(summary, Notification::Reason::Waiting);
    const auto optedIn = m_slowResponses.optedInOperators();
    for (qint64 operatorId : optedIn) {
        if (m_presence.status(operatorId) == common::OperatorStatus::Invisible
            && m_routing.reaches(summary.groupId, operatorId))
            emit notificationDue(operatorId, notification);
    }
}

void NotificationRouter::routeReturn(const ConversationSummary &summary, qint64 previousOwnerId)
{
    // QUE-3: back in the queue, the chat calls for the other online operators of its group.
    const Notification notification = about(summary, Notification::Reason::Queued);
    const auto online = m_routing.onlineOperatorsFor(summary.groupId);
    for (qint64 operatorId : online) {
        if (operatorId != previousOwnerId)
            emit notificationDue(operatorId, notification);
    }
}

void NotificationRouter::routeAssignment(qint64 visitorId, qint64 groupId, qint64 byOperatorId)
{
    ConversationRepository &conversations = m_chat.conversations();
    Notification notification;
    if (const auto latest = conversations.conversation(conversations.latestConversation(visitorId)))
        notification = about(*latest, Notification::Reason::Assigned);
    notification.reason = Notification::Reason::Assigned;
    notification.visitorId = visitorId;
    notification.groupId = groupId;
    notification.byOperatorId = byOperatorId;
    const auto online = m_routing.onlineOperatorsFor(groupId);
    for (qint64 operatorId : online) {
        if (operatorId != byOperatorId)
            emit notificationDue(operatorId, notification);
    }
}

} // namespace papo::server
