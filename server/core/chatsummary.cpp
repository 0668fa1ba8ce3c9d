#include "chatsummary.h"

#include <algorithm>

namespace papo::server {

ChatSummaryBuilder::ChatSummaryBuilder(const ReportMessageRow &first)
    : m_conversation(first)
{}

void ChatSummaryBuilder::add(const ReportMessageRow &message)
{
    if (!m_firstAt.isValid())
        m_firstAt = message.at;
    m_lastAt = message.at;
    if (message.fromVisitor) {
        if (!m_firstVisitorAt.isValid())
            m_firstVisitorAt = message.at;
        if (!m_waitingSince.isValid())
            m_waitingSince = message.at;
        return;
    }
    if (!m_waitingSince.isValid())
        return; // the team wrote first (a targeted message) or again
    const qint64 waited = m_waitingSince.msecsTo(message.at);
    if (m_firstResponseMs < 0)
        m_firstResponseMs = waited;
    m_responsesMs << QString::number(waited);
    m_waitingSince = QDateTime();
}

bool ChatSummaryBuilder::mayBecomeMissed(const QDateTime &now) const
{
    return isChat() && !answered() && !m_conversation.closed
           && m_lastAt.secsTo(now) < MissedAfterSeconds;
}

ChatSummaryRow ChatSummaryBuilder::row(const QDateTime &now) const
{
    return {m_conversation.conversationId,
            m_conversation.conversationCreatedAt.toMSecsSinceEpoch(),
            m_conversation.ownerId,
            m_conversation.groupId,
            isChat() && !answered() && !mayBecomeMissed(now),
            m_conversation.rating,
            m_firstResponseMs,
            m_responsesMs.join(QLatin1Char(',')),
            answered() ? m_firstAt.msecsTo(m_lastAt) : -1};
}

void readChatFigures(const ChatSummaryRow &chat, ChatFigures *figures)
{
    figures->chats = 1;
    figures->missed = chat.missed ? 1 : 0;
    figures->good = chat.rating == QLatin1String("good") ? 1 : 0;
    figures->bad = chat.rating == QLatin1String("bad") ? 1 : 0;
    for (TimeBins *times : {&figures->firstResponse, &figures->responseTime, &figures->duration}) {
        times->count = 0;
        times->sumMs = 0;
        times->bins.clear(); // keeps its memory
    }
    if (chat.firstResponseMs >= 0)
        figures->firstResponse.add(chat.firstResponseMs);
    // "40000,100000": read in place, as reports read these by the hundred thousand.
    qint64 response = -1;
    for (const QChar c : chat.responses) {
        if (c.isDigit()) {
            response = std::max<qint64>(response, 0) * 10 + c.digitValue();
            continue;
        }
        if (response >= 0)
            figures->responseTime.add(response);
        response = -1;
    }
    if (response >= 0)
        figures->responseTime.add(response);
    if (chat.durationMs >= 0)
        figures->duration.add(chat.durationMs);
}

ChatFigures chatFigures(const ChatSummaryRow &chat)
{
    ChatFigures figures;
    readChatFigures(chat, &figures);
    return figures;
}

bool readDayFigures(const DaySummaryRow &day, ChatFigures *figures)
{
    figures->chats = day.chats;
    figures->missed = day.missed;
    figures->good = day.good;
    figures->bad = day.bad;
    const auto decode = [](const StoredTimes &stored, TimeBins *into) {
        return TimeBins::decode(stored.count, stored.sumMs, stored.bins, into);
    };
    return decode(day.firstResponse, &figures->firstResponse)
           && decode(day.responseTime, &figures->responseTime)
           && decode(day.duration, &figures->duration);
}

void storeDayFigures(const ChatFigures &figures, DaySummaryRow &day)
{
    day.chats = figures.chats;
    day.missed = figures.missed;
    day.good = figures.good;
    day.bad = figures.bad;
    const auto store = [](const TimeBins &times) {
        return StoredTimes{times.count, times.sumMs, times.encode()};
    };
    day.firstResponse = store(figures.firstResponse);
    day.responseTime = store(figures.responseTime);
    day.duration = store(figures.duration);
}

} // namespace papo::server
