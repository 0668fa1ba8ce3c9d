#include "slowresponsewatcher.h"

#include "chatservice.h"
#include "deadlinescheduler.h"

namespace papo::server {

SlowResponseWatcher::SlowResponseWatcher(ChatService &chat, DeadlineScheduler &deadlines,
                                         SlowResponseRepository settings, Clock clock,
                                         QObject *parent)
    : QObject(parent)
    , m_deadlines(deadlines)
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_thresholdSeconds(m_settings.thresholdSeconds())
    , m_optedIn(m_settings.optedInOperators())
{
    connect(&chat, &ChatService::conversationChanged, this, &SlowResponseWatcher::track);
    // Each node tells its own operators (STA-5), so each node keeps every clock.
    connect(&chat, &ChatService::conversationChangedElsewhere, this, &SlowResponseWatcher::track);
}

SlowResponseWatcher::~SlowResponseWatcher()
{
    for (const Waiting &waiting : std::as_const(m_waiting))
        m_deadlines.cancel(waiting.deadlineId);
}

bool SlowResponseWatcher::setThresholdSeconds(int seconds)
{
    if (seconds < MinThresholdSeconds || seconds > MaxThresholdSeconds
        || !m_settings.setThresholdSeconds(seconds))
        return false;
    m_thresholdSeconds = seconds;
    return true;
}

bool SlowResponseWatcher::setOptedIn(qint64 operatorId, bool optedIn)
{
    if (!m_settings.setOptedIn(operatorId, optedIn))
        return false;
    m_optedIn.removeAll(operatorId);
    if (optedIn)
        m_optedIn.append(operatorId);
    return true;
}

bool SlowResponseWatcher::hasWaitedTooLong(qint64 conversationId) const
{
    const auto it = m_waiting.constFind(conversationId);
    return it != m_waiting.cend() && it->overdue;
}

void SlowResponseWatcher::track(const common::ConversationSummary &summary)
{
    const bool awaitingAnswer = summary.hasLastMessage && !summary.closed && !summary.dismissed
                                && summary.lastMessage.authorKind == common::AuthorKind::Visitor;
    if (!awaitingAnswer) {
        stopWaiting(summary.id);
        return;
    }
    const auto existing = m_waiting.find(summary.id);
    if (existing != m_waiting.end()) {
        existing->latest = summary; // the clock already runs since the first unanswered one
        return;
    }
    const qint64 waitedMs = summary.lastMessage.createdAt.msecsTo(m_clock());
    const qint64 dueIn = qMax<qint64>(0, qint64(m_thresholdSeconds) * 1000 - waitedMs);
    const qint64 conversationId = summary.id;
    const quint64 deadlineId = m_deadlines.scheduleAt(m_deadlines.now() + dueIn, [=, this] {
        Waiting &waiting = m_waiting[conversationId];
        waiting.deadlineId = 0;
        waiting.overdue = true;
        emit waitedTooLong(waiting.latest);
    });
    m_waiting.insert(conversationId, {summary, deadlineId, false});
}

void SlowResponseWatcher::stopWaiting(qint64 conversationId)
{
    const auto it = m_waiting.constFind(conversationId);
    if (it == m_waiting.cend())
        return;
    if (it->deadlineId != 0)
        m_deadlines.cancel(it->deadlineId);
    m_waiting.erase(it);
}

} // namespace papo::server
