#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace papo::server {

// A set of times (first responses, responses, chat durations) as report summaries keep it:
// how many, their exact sum in milliseconds, and how many fell in each whole second, so
// medians and percentiles come from counting (docs/reports.md, "How reports stay fast").
struct TimeBins
{
    qint64 count = 0;
    qint64 sumMs = 0;
    std::vector<std::pair<quint32, qint64>> bins; // (seconds, how many), seconds ascending

    // Whole seconds, cut: 1,999 ms is 1 s.
    static quint32 secondsOf(qint64 milliseconds);

    // Adds one time (sign 1) or takes it away again (sign -1).
    void add(qint64 milliseconds, int sign = 1);
    void add(const TimeBins &other, int sign = 1);

    // The bins as varints: seconds after the previous bin's, then the count.
    QByteArray encode() const;
    // Reads what encode() wrote into *into (reusing its memory); false when `bytes` is not.
    static bool decode(qint64 count, qint64 sumMs, const QByteArray &bytes, TimeBins *into);

private:
    void addToBin(quint32 seconds, qint64 howMany);
};

} // namespace papo::server
