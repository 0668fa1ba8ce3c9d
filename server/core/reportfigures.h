#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace papo::server {

// A set of times (first responses, responses, chat durations) summed up as their count,
// mean, median and 90th percentile, in seconds (docs/reports.md says how).
class DurationFigures final
{
public:
    void add(qint64 milliseconds) { m_milliseconds.append(milliseconds); }
    // {"count","mean","median","p90"}; the three are null without any time.
    QJsonObject toJson() const;

private:
    QList<qint64> m_milliseconds;
};

// What a report says of one series (everything, an operator, a group, a channel) in one slot
// or over the whole period.
struct ReportFigures
{
    int chats = 0;
    int missed = 0;
    int good = 0;
    int bad = 0;
    DurationFigures firstResponse;
    DurationFigures responseTime;
    DurationFigures duration;
    qint64 onlineMilliseconds = 0;

    // Channels have no online time: `withOnline` false leaves "onlineSeconds" out.
    QJsonObject toJson(bool withOnline) const;
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
