#include "queuereturner.h"

#include "chatservice.h"
#include "deadlinescheduler.h"

namespace papo::server {

QueueReturner::QueueReturner(ChatService &chat, DeadlineScheduler &deadlines, qint64 returnAfterMs,
                             Clock clock, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_deadlines(deadlines)
    , m_returnAfterMs(returnAfterMs)
    , m_clock(std::move(clock))
{
    connect(&m_chat, &ChatService::conversationChanged, this, &QueueReturner::track);
    // Every node keeps every clock: whichever fires first returns the chat, once (the
    // database's condition), even when the node that saw the visitor's message has died.
    connect(&m_chat, &ChatService::conversationChangedElsewhere, this, &QueueReturner::track);
}

QueueReturner::~QueueReturner()
{
    for (const Waiting &waiting : std::as_const(m_waiting))
        m_deadlines.cancel(waiting.deadlineId);
}

void QueueReturner::restore()
{
    const auto summaries = m_chat.conversations().conversations(10000, VisibilityScope::all());
    for (const auto &summary : summaries)
        track(summary);
}

void QueueReturner::track(const common::ConversationSummary &summary)
{
    const bool awaitingOwner = summary.ownerId > 0 && summary.hasLastMessage
                               && summary.lastMessage.authorKind == common::AuthorKind::Visitor;
    if (!awaitingOwner) {
        stopWaiting(summary.id);
        return;
    }
    const auto existing = m_waiting.constFind(summary.id);
    if (existing != m_waiting.cend() && existing->ownerId == summary.ownerId)
        return; // the clock already runs since the first unanswered message
    // CHT-2: a chat handed over while its visitor waits gives the new owner the full time.
    const bool handedOver = existing != m_waiting.cend();
    stopWaiting(summary.id);
    const qint64 waitedMs = handedOver ? 0 : summary.lastMessage.createdAt.msecsTo(m_clock());
    const qint64 dueIn = qMax<qint64>(0, m_returnAfterMs - waitedMs);
    const qint64 conversationId = summary.id;
    const qint64 ownerId = summary.ownerId;
    const quint64 deadlineId = m_deadlines.scheduleAt(m_deadlines.now() + dueIn, [=, this] {
        m_waiting.remove(conversationId);
        m_chat.returnToQueue(conversationId, ownerId);
    });
    m_waiting.insert(conversationId, {ownerId, deadlineId});
}

void QueueReturner::stopWaiting(qint64 conversationId)
{
    const auto it = m_waiting.constFind(conversationId);
    if (it == m_waiting.cend())
        return;
    m_deadlines.cancel(it->deadlineId);
    m_waiting.erase(it);
}

} // namespace papo::server
