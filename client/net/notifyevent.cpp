#include "notifyevent.h"

namespace papo::desk {

NotifyEvent NotifyEvent::fromJson(const QJsonObject &object)
{
    static const QHash<QString, NotifyEvent::Reason> reasons = {
        {QStringLiteral("queued"), Reason::Queued},
        {QStringLiteral("message"), Reason::Message},
        {QStringLiteral("invited"), Reason::Invited},
        {QStringLiteral("waiting"), Reason::Waiting},
        {QStringLiteral("assigned"), Reason::Assigned},
    };
    NotifyEvent event;
    event.reason = reasons.value(object.value(QLatin1String("reason")).toString(), Reason::Message);
    event.conversationId = object.value(QLatin1String("conversationId")).toInteger();
    event.messageId = object.value(QLatin1String("messageId")).toInteger();
    event.visitorId = object.value(QLatin1String("visitorId")).toInteger();
    event.visitorName = object.value(QLatin1String("visitorName")).toString();
    event.text = object.value(QLatin1String("text")).toString();
    event.attachmentName = object.value(QLatin1String("attachmentName")).toString();
    event.groupId = object.value(QLatin1String("groupId")).toInteger();
    event.byOperatorId = object.value(QLatin1String("byOperatorId")).toInteger();
    return event;
}

} // namespace papo::desk
