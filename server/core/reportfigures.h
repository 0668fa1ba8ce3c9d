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

// The chats' figures while they are added up: a day row of the summaries, one chat, or all
// those of a slot.
struct ChatFigures
{
    qint64 chats = 0;
    qint64 missed = 0;
    qint64 good = 0;
    qint64 bad = 0;
    TimeBins firstResponse;
    TimeBins responseTime;
    TimeBins duration;

    // Adds (sign 1) or takes away (sign -1) another set's figures.
    void add(const ChatFigures &other, int sign = 1);
};

// ChatFigures added up for a report: O(1) per time, percentiles by counting.
struct FigureTally
{
    qint64 chats = 0;
    qint64 missed = 0;
    qint64 good = 0;
    qint64 bad = 0;
    TimeTally firstResponse;
    TimeTally responseTime;
    TimeTally duration;

    void add(const ChatFigures &figures);
    void add(const FigureTally &other);
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
