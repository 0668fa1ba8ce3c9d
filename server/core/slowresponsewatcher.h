#pragma once

#include "clock.h"

#include <chatmessage.h>
#include <slowresponserepository.h>

#include <QHash>
#include <QObject>

namespace papo::server {

class ChatService;
class DeadlineScheduler;

// STA-5: a visitor's message nobody answers within the account's threshold. Invisible
// operators who opted in hear of such chats (NotificationRouter) and may join them. The
// clock runs from the first unanswered visitor message; any operator reply stops it.
// Chats already waiting when the server starts are not picked up: after a restart they
// would all be overdue at once.
class SlowResponseWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinThresholdSeconds = 1;
    static constexpr int MaxThresholdSeconds = 24 * 3600;

    SlowResponseWatcher(ChatService &chat, DeadlineScheduler &deadlines,
                        SlowResponseRepository settings, Clock clock = systemClock(),
                        QObject *parent = nullptr);
    ~SlowResponseWatcher() override;

    int thresholdSeconds() const { return m_thresholdSeconds; }
    // Applies to chats that start waiting from now on.
    bool setThresholdSeconds(int seconds);
    bool isOptedIn(qint64 operatorId) const { return m_optedIn.contains(operatorId); }
    bool setOptedIn(qint64 operatorId, bool optedIn);
    QList<qint64> optedInOperators() const { return m_optedIn; }
    // The visitor's unanswered message is older than the threshold.
    bool hasWaitedTooLong(qint64 conversationId) const;

signals:
    void waitedTooLong(const papo::common::ConversationSummary &summary);

private:
    void track(const common::ConversationSummary &summary);
    void stopWaiting(qint64 conversationId);

    struct Waiting
    {
        common::ConversationSummary latest;
        quint64 deadlineId = 0;
        bool overdue = false;
    };

    DeadlineScheduler &m_deadlines;
    SlowResponseRepository m_settings;
    Clock m_clock;
    int m_thresholdSeconds;
    QList<qint64> m_optedIn;
    QHash<qint64, Waiting> m_waiting;
};

} // namespace papo::server
