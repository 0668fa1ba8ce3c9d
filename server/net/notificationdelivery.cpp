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
    for (const Deferred &deferred : std::as_const(m_deferred))
        m_deadlines.cancel(deferred.deadlineId);
}

void NotificationDelivery::deliver(qint64 operatorId, const Notification &notification)
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
        auto deferred = std::make_shared<Deferred>();
        deferred->conversationId = notification.conversationId;
        deferred->messageId = notification.messageId;
        deferred->deadlineId = m_deadlines.scheduleAt(
            m_deadlines.now() + m_delayMs,
            [this, operatorId, frame, target = QPointer(session), deferred] {
                m_deferred.removeIf([&](const auto &it) {
                    return it.key() == operatorId && it.value().deadlineId == deferred->deadlineId;
                });
                if (target)
                    target->send(frame);
            });
        m_deferred.insert(operatorId, *deferred);
    }
}

void NotificationDelivery::chatRead(qint64 operatorId, qint64 conversationId, qint64 upToId)
{
    m_deferred.removeIf([&](const auto &it) {
        const Deferred &deferred = it.value();
        if (it.key() != operatorId || deferred.conversationId != conversationId
            || deferred.messageId > upToId)
            return false;
        m_deadlines.cancel(deferred.deadlineId);
        return true;
    });
}

} // namespace papo::server
