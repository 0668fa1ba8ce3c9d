#include "notificationdelivery.h"

#include "session.h"
#include "sessionhub.h"

#include <deadlinescheduler.h>
#include <envelope.h>
#include <messagetypes.h>

#include <QPointer>

namespace papo::server {

NotificationDelivery::NotificationDelivery(SessionHub &hub, DeadlineScheduler &deadlines,
                                           qint64 delayMs, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_deadlines(deadlines)
    , m_delayMs(delayMs)
{}

NotificationDelivery::~NotificationDelivery()
{
    for (const Pending &pending : std::as_const(m_deferred)) {
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            m_deadlines.cancel(it.key());
    }
}

void NotificationDelivery::deliver(qint64 operatorId, const Notification &notification)
{
    // After the message it is about, as every frame: on PostgreSQL the message comes through
    // the cluster feed, and a `notify` must not overtake it.
    m_hub.afterDelivery(notification.messagePosition,
                        [self = QPointer(this), operatorId, notification] {
                            if (self)
                                self->deliverNow(operatorId, notification);
                        });
}

void NotificationDelivery::deliverNow(qint64 operatorId, const Notification &notification)
{
    const QList<Session *> sessions = m_hub.operatorSessions(operatorId);
    if (sessions.isEmpty())
        return;
    const auto lastUsed = std::max_element(
        sessions.cbegin(), sessions.cend(), [](const Session *a, const Session *b) {
            return std::pair(a->userActivityRank(), a->openedRank())
                   < std::pair(b->userActivityRank(), b->openedRank());
        });
    const QByteArray frame
        = common::encodeEvent(common::MessageType::Notify, notification.toJson());
    for (Session *session : sessions) {
        if (session == *lastUsed || m_delayMs <= 0) {
            session->send(frame);
            continue;
        }
        const ChatKey chat{operatorId, notification.conversationId};
        auto deadlineId = std::make_shared<quint64>(0);
        *deadlineId
            = m_deadlines.scheduleAt(m_deadlines.now() + m_delayMs,
                                     [this, chat, frame, target = QPointer(session), deadlineId] {
                                         forget(chat, *deadlineId);
                                         if (target)
                                             target->send(frame);
                                     });
        m_deferred[chat].insert(*deadlineId, notification.messageId);
    }
}

void NotificationDelivery::forget(const ChatKey &chat, quint64 deadlineId)
{
    const auto pending = m_deferred.find(chat);
    if (pending == m_deferred.end())
        return;
    pending->remove(deadlineId);
    if (pending->isEmpty())
        m_deferred.erase(pending);
}

void NotificationDelivery::chatRead(qint64 operatorId, qint64 conversationId, qint64 upToId)
{
    const auto pending = m_deferred.find(ChatKey{operatorId, conversationId});
    if (pending == m_deferred.end())
        return;
    pending->removeIf([&](const auto &it) {
        if (it.value() > upToId)
            return false;
        m_deadlines.cancel(it.key());
        return true;
    });
    if (pending->isEmpty())
        m_deferred.erase(pending);
}

} // namespace papo::server
