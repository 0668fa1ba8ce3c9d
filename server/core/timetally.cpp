#include "timetally.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace papo::server {

namespace {

double seconds(double milliseconds)
{
    return std::round(milliseconds) / 1000.0;
}

} // namespace

template<typename Visit>
void TimeTally::forEachSecond(Visit visit) const
{
    for (quint32 word = 0; word < UsedWords; ++word) {
        for (quint64 bits = m_used[word]; bits != 0; bits &= bits - 1) {
            const quint32 second = word * 64 + quint32(std::countr_zero(bits));
            visit(second, qint64(m_perSecond[second]));
        }
    }
    if (m_longer.empty())
        return;
    std::vector<std::pair<quint32, qint64>> longer = m_longer;
    std::sort(longer.begin(), longer.end());
    for (const auto &[second, howMany] : longer)
        visit(second, howMany);
}

void TimeTally::addSeconds(quint32 seconds, qint64 howMany)
{
    if (seconds >= CountedSeconds) {
        m_longer.emplace_back(seconds, howMany);
        return;
    }
    if (m_perSecond.empty())
        m_perSecond.resize(CountedSeconds);
    m_perSecond[seconds] += quint32(howMany);
    m_used[seconds / 64] |= quint64(1) << (seconds % 64);
}

void TimeTally::add(qint64 milliseconds)
{
    ++m_count;
    m_sumMs += milliseconds;
    addSeconds(TimeBins::secondsOf(milliseconds), 1);
}

void TimeTally::add(const TimeBins &times)
{
    m_count += times.count;
    m_sumMs += times.sumMs;
    for (const auto &[second, howMany] : times.bins)
        addSeconds(second, howMany);
}

void TimeTally::add(const TimeTally &other)
{
    m_count += other.m_count;
    m_sumMs += other.m_sumMs;
    other.forEachSecond([this](quint32 second, qint64 howMany) { addSeconds(second, howMany); });
}

void TimeTally::clear()
{
    forEachSecond([this](quint32 second, qint64) {
        if (second < CountedSeconds)
            m_perSecond[second] = 0;
    });
    m_used.fill(0);
    m_longer.clear();
    m_count = 0;
    m_sumMs = 0;
}

QJsonObject TimeFigures::toJson() const
{
    if (count == 0) { // built once: reports hold thousands of empty slots
        static const QJsonObject none{{QLatin1String("count"), 0},
                                      {QLatin1String("mean"), QJsonValue::Null},
                                      {QLatin1String("median"), QJsonValue::Null},
                                      {QLatin1String("p90"), QJsonValue::Null}};
        return none;
    }
    return {{QLatin1String("count"), count},
            {QLatin1String("mean"), mean},
            {QLatin1String("median"), median},
            {QLatin1String("p90"), p90}};
}

TimeFigures TimeTally::figures() const
{
    if (m_count == 0)
        return {};
    // The median: the middle time, or the mean of the two middle ones. The 90th percentile by
    // nearest rank: the smallest time that at least 90 % of the times do not exceed.
    const qint64 lowMiddle = (m_count + 1) / 2;
    const qint64 highMiddle = m_count / 2 + 1;
    const qint64 p90Rank = std::max<qint64>(qint64(std::ceil(0.9 * double(m_count))), 1);
    double low = 0, high = 0, p90 = 0;
    qint64 seen = 0;
    forEachSecond([&](quint32 second, qint64 howMany) {
        const qint64 before = seen;
        seen += howMany;
        if (before < lowMiddle && lowMiddle <= seen)
            low = second;
        if (before < highMiddle && highMiddle <= seen)
            high = second;
        if (before < p90Rank && p90Rank <= seen)
            p90 = second;
    });
    return {m_count, seconds(double(m_sumMs) / double(m_count)),
            m_count % 2 == 1 ? low : (low + high) / 2, p90};
}

} // namespace papo::server
