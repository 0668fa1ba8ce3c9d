#include "notificationrouter.h"

#include "chatservice.h"
#include "presenceservice.h"
#include "slowresponsewatcher.h"

namespace papo::server {

using common::AuthorKind;
using common::ConversationSummary;

QJsonObject Notification::toJson() const
{
    static const char *const reasons[] = {"queued", "message", "invited", "waiting"};
    return {{QLatin1String("reason"), QLatin1String(reasons[int(reason)])},
            {QLatin1String("conversationId"), conversationId},
            {QLatin1String("messageId"), messageId},
            {QLatin1String("visitorId"), visitorId},
            {QLatin1String("visitorName"), visitorName},
            {QLatin1String("text"), text}};
}

NotificationRouter::NotificationRouter(ChatService &chat, PresenceService &presence,
                                       SlowResponseWatcher &slowResponses, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_presence(presence)
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
    connect(&chat, &ChatService::operatorInvited, this,
            [this](qint64 conversationId, qint64 operatorId) {
                routeInvitation(conversationId, operatorId);
            });
    connect(&slowResponses, &SlowResponseWatcher::waitedTooLong, this,
            &NotificationRouter::routeLongWait);
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
        notification.text = summary.lastMessage.previewText(); // "📎 name" for a bare file
    }
    return notification;
}

void NotificationRouter::routeVisitorMessage(const ConversationSummary &summary)
{
    if (summary.ownerId == 0) {
        // QUE-1: a queued chat is for every operator who takes new chats.
        if (summary.dismissed)
            return;
        const Notification notification = about(summary, Notification::Reason::Queued);
        const auto online = m_presence.onlineOperators();
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
        if (m_presence.status(operatorId) == common::OperatorStatus::Invisible)
            emit notificationDue(operatorId, notification);
    }
}

} // namespace papo::server
