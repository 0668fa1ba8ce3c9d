#pragma once

#include "timetally.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace papo::server {

// What a report says of one series (everything, an operator, a group, a channel) in one slot
// or over the whole period, ready to be sent.
struct ReportFigures
{
    qint64 chats = 0;
    qint64 missed = 0;
    qint64 good = 0;
    qint64 bad = 0;
    TimeFigures firstResponse;
    TimeFigures responseTime;
    TimeFigures duration;
    qint64 onlineMilliseconds = 0;

    // Channels have no online time: `withOnline` false leaves "onlineSeconds" out.
    QJsonObject toJson(bool withOnline) const;

private:
    QJsonObject build(bool withOnline) const;
};

// A tally only grows; stored bins can also lose a chat again (sign -1).
inline void addTimes(TimeBins &to, const TimeBins &from, int sign)
{
    to.add(from, sign);
}
template<typename From>
void addTimes(TimeTally &to, const From &from, int sign)
{
    Q_ASSERT(sign == 1);
    to.add(from);
}

// Chats' counts and times, the times kept as `Times`: TimeBins for what is stored (a day row of
// the summaries, one chat), TimeTally while a report adds them up (O(1) per time, percentiles
// by counting).
template<typename Times>
struct ChatCounts
{
    qint64 chats = 0;
    qint64 missed = 0;
    qint64 good = 0;
    qint64 bad = 0;
    Times firstResponse;
    Times responseTime;
    Times duration;

    // Adds (sign 1) or takes away (sign -1) another set's figures.
    template<typename OtherTimes>
    void add(const ChatCounts<OtherTimes> &other, int sign = 1)
    {
        chats += sign * other.chats;
        missed += sign * other.missed;
        good += sign * other.good;
        bad += sign * other.bad;
        addTimes(firstResponse, other.firstResponse, sign);
        addTimes(responseTime, other.responseTime, sign);
        addTimes(duration, other.duration, sign);
    }
};

using ChatFigures = ChatCounts<TimeBins>;

struct FigureTally : ChatCounts<TimeTally>
{
    void clear();
    ReportFigures figures() const;
};

// One series of a report: its figures over the period and slot by slot.
struct ReportSeries
{
    QJsonValue id; // an operator's or group's id (0: none), or a channel's name
    QString name;
    ReportFigures total;
    QList<ReportFigures> bySlot;

    ReportSeries(const QJsonValue &id, const QString &name, qsizetype slotCount)
        : id(id)
        , name(name)
        , bySlot(slotCount)
    {}

    // Applies `change` to the period's figures and to those of slot `slot`.
    template<typename Change>
    void apply(int slot, Change change)
    {
        change(total);
        change(bySlot[slot]);
    }

    QJsonObject toJson(bool withOnline) const;
};

} // namespace papo::server
