#pragma once

#include "timebins.h"

#include <QJsonObject>

#include <array>
#include <vector>

namespace papo::server {

// A set of times summed up: how many, and their mean, median and 90th percentile in seconds.
struct TimeFigures
{
    qint64 count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;

    // {"count","mean","median","p90"}; the three are null without any time.
    QJsonObject toJson() const;
};

// Adds up times while a report is built and says their count, mean, median and 90th
// percentile (docs/reports.md). Times under an hour are counted in one array slot per second,
// with a bit per second that has any, so adding is O(1) and the seconds come out in order
// without sorting.
class TimeTally final
{
public:
    void add(qint64 milliseconds);
    void add(const TimeBins &times);
    void add(const TimeTally &other);
    void clear();
    bool isEmpty() const { return m_count == 0; }

    TimeFigures figures() const;
    QJsonObject toJson() const { return figures().toJson(); }

private:
    static constexpr quint32 CountedSeconds = 3600;
    static constexpr quint32 UsedWords = CountedSeconds / 64 + 1;

    void addSeconds(quint32 seconds, qint64 howMany);
    // Calls visit(seconds, how many) for every second with times, ascending.
    template<typename Visit>
    void forEachSecond(Visit visit) const;

    qint64 m_count = 0;
    qint64 m_sumMs = 0;
    std::vector<quint32> m_perSecond;                 // allocated on first use
    std::array<quint64, UsedWords> m_used{};          // bit s: m_perSecond[s] is not 0
    std::vector<std::pair<quint32, qint64>> m_longer; // an hour or more, unsorted
};

} // namespace papo::server
