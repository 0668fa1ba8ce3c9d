#include "deadlinescheduler.h"

#include <QElapsedTimer>

namespace papo::server {

namespace {

qint64 steadyMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

} // namespace

DeadlineScheduler::DeadlineScheduler(MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : MonotonicClock(steadyMs))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineScheduler::runDue);
}

quint64 DeadlineScheduler::scheduleAt(qint64 deadline, Callback callback)
{
    const quint64 id = m_nextId++;
    m_byId.emplace(id, m_byDeadline.emplace(deadline, std::make_pair(id, std::move(callback))));
    if (m_byDeadline.begin()->second.first == id)
        arm();
    return id;
}

bool DeadlineScheduler::cancel(quint64 id)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return false;
    m_byDeadline.erase(it->second);
    m_byId.erase(it);
    return true;
}

int DeadlineScheduler::runDue()
{
    const qint64 now = m_clock();
    int ran = 0;
    // One at a time: a callback may schedule or cancel others.
    while (!m_byDeadline.empty() && m_byDeadline.begin()->first <= now) {
        const auto first = m_byDeadline.begin();
        Callback callback = std::move(first->second.second);
        m_byId.erase(first->second.first);
        m_byDeadline.erase(first);
        callback();
        ++ran;
    }
    arm();
    return ran;
}

void DeadlineScheduler::arm()
{
    if (m_byDeadline.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_byDeadline.begin()->first - m_clock();
    m_timer.start(int(qBound(qint64(0), wait, qint64(24 * 3600 * 1000))));
}

} // namespace papo::server
