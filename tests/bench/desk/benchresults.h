#pragma once

#include <QList>
#include <QString>

namespace papo::bench {

// The rows papo-bench-desk prints at the end: what was measured, the figure and the target.
class BenchResults final
{
public:
    void add(const QString &metric, const QString &value, const QString &target = {});
    void addMs(const QString &metric, double milliseconds, const QString &target = {});
    void print() const;

private:
    struct Row
    {
        QString metric;
        QString value;
        QString target;
    };
    QList<Row> m_rows;
};

// Milliseconds from a QElapsedTimer's nanoseconds.
inline double toMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// The q-th quantile (0..1) of the values, nearest rank; 0 when there are none.
double quantile(QList<double> values, double q);

} // namespace papo::bench
