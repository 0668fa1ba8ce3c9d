#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace papo::bench {

// How long the UI thread went without running its event loop: a 1 ms precise timer whose
// ticks should come every millisecond; the time between two ticks is a stall when the thread
// was busy (applying a batch, painting) in between. The thread's own CPU time over each gap
// is kept too: on a machine shared with builds a long gap may be the thread waiting for a core.
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    // Milliseconds between consecutive ticks, in order.
    const QList<double> &gaps() const { return m_gaps; }
    double longestMs() const;
    // The most CPU time the UI thread spent between two ticks.
    double longestBusyMs() const;
    double quantileMs(double q) const;
    // Gaps longer than this many milliseconds.
    int countOver(double ms) const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_lastCpuNs = 0;
    QList<double> m_gaps;
    QList<double> m_busy;
};

} // namespace papo::bench
