#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace papo::bench {

// Latencies in microseconds, kept exactly (one count per distinct value) and mergeable across
// processes through JSON, so percentiles are computed over every sample of a run.
class LatencyHistogram final
{
public:
    void add(qint64 microseconds);
    void merge(const LatencyHistogram &other);

    qint64 count() const { return m_count; }
    // Nearest-rank percentile (0 < p <= 100); -1 when there are no samples.
    qint64 percentile(double p) const;
    qint64 max() const;

    QJsonArray toJson() const; // [[microseconds, count], ...]
    static LatencyHistogram fromJson(const QJsonArray &array);
    // {"count", "p50Us", "p99Us", "maxUs"} for the result file.
    QJsonObject summary() const;

private:
    std::map<qint64, qint64> m_counts;
    qint64 m_count = 0;
};

} // namespace papo::bench
