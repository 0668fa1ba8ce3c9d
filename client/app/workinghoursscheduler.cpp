#include "workinghoursscheduler.h"

#include "chatcontroller.h"

namespace papo::desk {

namespace {
constexpr qint64 LookAtLeastEveryMs = 60 * 1000;
} // namespace

using papo::common::OperatorStatus;

WorkingHoursScheduler::WorkingHoursScheduler(ChatController *controller, Clock clock,
                                             QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkingHoursScheduler::check);
}

void WorkingHoursScheduler::setSchedule(const papo::common::WorkingSchedule &schedule)
{
    const bool firstOfSession = !m_hasSchedule;
    m_schedule = schedule;
    m_hasSchedule = true;
    m_working = m_schedule.isWorkingAt(m_clock());
    if (firstOfSession && m_working)
        m_controller->setStatus(OperatorStatus::Online); // HRS-3
    arm();
}

void WorkingHoursScheduler::check()
{
    if (!m_hasSchedule)
        return;
    const bool working = m_schedule.isWorkingAt(m_clock());
    if (working != m_working) {
        m_working = working;
        if (working) {
            m_controller->setStatus(OperatorStatus::Online);
            emit workingDayStarted();
        } else {
            // An operator who went offline by hand stays offline.
            if (m_controller->status() == OperatorStatus::Online)
                m_controller->setStatus(OperatorStatus::Invisible);
            emit workingDayEnded();
        }
    }
    arm();
}

void WorkingHoursScheduler::reset()
{
    m_timer.stop();
    m_schedule = {};
    m_hasSchedule = false;
    m_working = false;
}

void WorkingHoursScheduler::arm()
{
    const QDateTime now = m_clock();
    const QDateTime next = m_schedule.nextChangeAfter(now);
    const qint64 untilNext = next.isValid() ? now.msecsTo(next) : LookAtLeastEveryMs;
    m_timer.start(int(qBound<qint64>(0, untilNext, LookAtLeastEveryMs)));
}

} // namespace papo::desk
