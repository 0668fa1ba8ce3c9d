#pragma once

#include <notificationrouter.h>

#include <QMultiHash>
#include <QObject>

namespace papo::server {

class DeadlineScheduler;
class SessionHub;

// NOT-2: an operator with several clients connected hears of a notification at once on the
// one they used last, and on the others only after `delayMs`, unless meanwhile they read
// the chat (from any client). One timer wheel for every delay: no QTimer per notification.
class NotificationDelivery final : public QObject
{
    Q_OBJECT

public:
    NotificationDelivery(SessionHub &hub, DeadlineScheduler &deadlines, qint64 delayMs,
                         QObject *parent = nullptr);
    ~NotificationDelivery() override;

    void deliver(qint64 operatorId, const Notification &notification);
    // The operator has seen the conversation up to `upToId`: what waits for their other
    // clients about it is dropped.
    void chatRead(qint64 operatorId, qint64 conversationId, qint64 upToId);

private:
    struct Deferred
    {
        quint64 deadlineId = 0;
        qint64 conversationId = 0;
        qint64 messageId = 0;
    };

    SessionHub &m_hub;
    DeadlineScheduler &m_deadlines;
    const qint64 m_delayMs;
    QMultiHash<qint64, Deferred> m_deferred; // by operator
};

} // namespace papo::server
