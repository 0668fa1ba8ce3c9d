#pragma once

#include "reportfigures.h"

#include <reportrepository.h>

#include <QDateTime>

namespace papo::server {

// Builds one conversation's summary from its messages, in order (docs/reports.md defines
// each figure).
class ChatSummaryBuilder final
{
public:
    // A chat nobody answered counts as missed once closed, or once silent this long.
    static constexpr qint64 MissedAfterSeconds = 15 * 60;

    explicit ChatSummaryBuilder(const ReportMessageRow &first);

    void add(const ReportMessageRow &message);

    qint64 conversationId() const { return m_conversation.conversationId; }
    // A conversation the visitor wrote in; the others count nowhere.
    bool isChat() const { return m_firstVisitorAt.isValid(); }
    // Unanswered, open and not silent long enough to be missed yet at `now`: its summary
    // changes with time alone, so it is summarized again at the next report.
    bool mayBecomeMissed(const QDateTime &now) const;
    ChatSummaryRow row(const QDateTime &now) const;

private:
    bool answered() const { return m_firstResponseMs >= 0; }

    ReportMessageRow m_conversation;
    QDateTime m_firstAt;
    QDateTime m_lastAt;
    QDateTime m_firstVisitorAt;
    QDateTime m_waitingSince; // the visitor's oldest message no operator has answered yet
    qint64 m_firstResponseMs = -1;
    QStringList m_responsesMs;
};

// What one summarized chat adds to a report, into *figures (reusing its memory: reports read
// these by the hundred thousand).
void readChatFigures(const ChatSummaryRow &chat, ChatFigures *figures);
ChatFigures chatFigures(const ChatSummaryRow &chat);
// A day row's figures into *figures; false when its stored times do not decode.
bool readDayFigures(const DaySummaryRow &day, ChatFigures *figures);
// Writes `figures` into the counts and times of `day`.
void storeDayFigures(const ChatFigures &figures, DaySummaryRow &day);

} // namespace papo::server
