#include "latencyhistogram.h"

#include <cmath>

namespace papo::bench {

void LatencyHistogram::add(qint64 microseconds)
{
    ++m_counts[qMax<qint64>(0, microseconds)];
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (const auto &[value, count] : other.m_counts)
        m_counts[value] += count;
    m_count += other.m_count;
}

qint64 LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return -1;
    const auto rank = qMax<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (const auto &[value, count] : m_counts) {
        seen += count;
        if (seen >= rank)
            return value;
    }
    return max();
}

qint64 LatencyHistogram::max() const
{
    return m_counts.empty() ? -1 : m_counts.rbegin()->first;
}

QJsonArray LatencyHistogram::toJson() const
{
    QJsonArray array;
    for (const auto &[value, count] : m_counts)
        array.append(QJsonArray{value, count});
    return array;
}

LatencyHistogram LatencyHistogram::fromJson(const QJsonArray &array)
{
    LatencyHistogram histogram;
    for (const QJsonValue &pair : array) {
        const qint64 count = pair[1].toInteger();
        histogram.m_counts[pair[0].toInteger()] += count;
        histogram.m_count += count;
    }
    return histogram;
}

QJsonObject LatencyHistogram::summary() const
{
    return {{QLatin1String("count"), m_count},
            {QLatin1String("p50Us"), percentile(50)},
            {QLatin1String("p99Us"), percentile(99)},
            {QLatin1String("maxUs"), max()}};
}

} // namespace papo::bench
