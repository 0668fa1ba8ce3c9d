#pragma once

#include "clock.h"

#include <chatmessage.h>

#include <QHash>
#include <QObject>

namespace papo::server {

class ChatService;
class DeadlineScheduler;

// QUE-3: when the owner of a conversation leaves a visitor's message unanswered for
// `returnAfterMs`, the conversation goes back to the queue. The first unanswered message
// starts the clock; any operator reply stops it.
class QueueReturner final : public QObject
{
    Q_OBJECT

public:
    QueueReturner(ChatService &chat, DeadlineScheduler &deadlines, qint64 returnAfterMs,
                  Clock clock = systemClock(), QObject *parent = nullptr);
    ~QueueReturner() override;

    // Picks up conversations that were waiting when the server stopped.
    void restore();
    bool isWaiting(qint64 conversationId) const { return m_waiting.contains(conversationId); }

private:
    void track(const common::ConversationSummary &summary);
    void stopWaiting(qint64 conversationId);

    struct Waiting
    {
        qint64 ownerId = 0;
        quint64 deadlineId = 0;
    };

    ChatService &m_chat;
    DeadlineScheduler &m_deadlines;
    const qint64 m_returnAfterMs;
    Clock m_clock;
    QHash<qint64, Waiting> m_waiting;
};

} // namespace papo::server
