#include "stallmeter.h"

#include "benchresults.h"

#include <algorithm>

#include <time.h>

namespace papo::bench {

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (m_lastNs >= 0) {
            m_gaps.append(toMs(now - m_lastNs));
            m_busy.append(toMs(cpu - m_lastCpuNs));
        }
        m_lastNs = now;
        m_lastCpuNs = cpu;
    });
}

void StallMeter::start()
{
    m_gaps.clear();
    m_busy.clear();
    m_lastNs = -1;
    m_clock.start();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

double StallMeter::longestMs() const
{
    return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend());
}

double StallMeter::longestBusyMs() const
{
    return m_busy.isEmpty() ? 0 : *std::max_element(m_busy.cbegin(), m_busy.cend());
}

double StallMeter::quantileMs(double q) const
{
    return quantile(m_gaps, q);
}

int StallMeter::countOver(double ms) const
{
    return int(
        std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](double gap) { return gap > ms; }));
}

} // namespace papo::bench
