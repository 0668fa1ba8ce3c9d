#pragma once

#include <notificationrouter.h>

#include <QHash>
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
    // Deferred notifications of one operator about one conversation: deadline id → the
    // message each is about. Kept per chat, so a firing or a read touches only its own chat's
    // entries, never every pending one.
    using ChatKey = std::pair<qint64, qint64>; // operator, conversation
    using Pending = QHash<quint64, qint64>;

    void deliverNow(qint64 operatorId, const Notification &notification);
    void forget(const ChatKey &chat, quint64 deadlineId);

    SessionHub &m_hub;
    DeadlineScheduler &m_deadlines;
    const qint64 m_delayMs;
    QHash<ChatKey, Pending> m_deferred;
};

} // namespace papo::server
