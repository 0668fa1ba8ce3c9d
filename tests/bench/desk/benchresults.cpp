#include "benchresults.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace papo::bench {

void BenchResults::add(const QString &metric, const QString &value, const QString &target)
{
    m_rows.append({metric, value, target});
}

void BenchResults::addMs(const QString &metric, double milliseconds, const QString &target)
{
    add(metric, QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 1), target);
}

void BenchResults::print() const
{
    qsizetype metricWidth = 6;
    qsizetype valueWidth = 5;
    for (const Row &row : m_rows) {
        metricWidth = std::max(metricWidth, row.metric.size());
        valueWidth = std::max(valueWidth, row.value.size());
    }
    const auto line = [&](const QString &metric, const QString &value, const QString &target) {
        std::printf("| %s | %s | %s |\n", qPrintable(metric.leftJustified(metricWidth)),
                    qPrintable(value.rightJustified(valueWidth)), qPrintable(target));
    };
    line(QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("target"));
    line(QString(metricWidth, QLatin1Char('-')), QString(valueWidth, QLatin1Char('-')),
         QStringLiteral("---"));
    for (const Row &row : m_rows)
        line(row.metric, row.value, row.target);
    std::fflush(stdout);
}

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace papo::bench
