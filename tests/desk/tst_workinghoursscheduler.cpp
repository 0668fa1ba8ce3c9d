#include "app/chatcontroller.h"
#include "app/workinghoursscheduler.h"
#include "net/serverconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using papo::common::OperatorStatus;
using papo::common::WorkingDay;
using papo::common::WorkingSchedule;

namespace {

// 2026-11-23 is a Monday. UTC keeps the test away from daylight-saving changes.
QDateTime at(int dayOfMonth, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, dayOfMonth), QTime(hour, minute), Qt::UTC);
}

WorkingSchedule weekdaysNineToSix()
{
    WorkingSchedule schedule;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        schedule.setDay({Qt::DayOfWeek(day), true, QTime(9, 0), QTime(18, 0)});
    return schedule;
}

} // namespace

// The working-hours scheduler (HRS-1, HRS-3) on an injected clock: nothing waits.
class TestWorkingHoursScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_connection = std::make_unique<ServerConnection>(); // never opened
        m_controller = std::make_unique<ChatController>(m_connection.get());
        m_now = at(23, 8);
        m_scheduler
            = std::make_unique<WorkingHoursScheduler>(m_controller.get(), [this] { return m_now; });
    }

    void theWorkingDayStartsAndEnds()
    {
        QSignalSpy started(m_scheduler.get(), &WorkingHoursScheduler::workingDayStarted);
        QSignalSpy ended(m_scheduler.get(), &WorkingHoursScheduler::workingDayEnded);
        m_scheduler->setSchedule(weekdaysNineToSix());
        QCOMPARE(m_controller->status(), OperatorStatus::Offline); // 08:00: not yet

        m_now = at(23, 8, 59);
        m_scheduler->check();
        QCOMPARE(started.count(), 0);

        m_now = at(23, 9);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Online);
        QCOMPARE(started.count(), 1); // the tray's notice
        m_now = at(23, 12);
        m_scheduler->check();
        QCOMPARE(started.count(), 1);

        m_now = at(23, 18);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Invisible);
        QCOMPARE(ended.count(), 1);

        // Tuesday starts again; Saturday does not.
        m_now = at(24, 9, 30);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Online);
        QCOMPARE(started.count(), 2);
        m_now = at(28, 10);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Invisible);
        QCOMPARE(started.count(), 2);
        QCOMPARE(ended.count(), 2);
    }

    void startedWithinWorkingHoursGoesOnline()
    {
        QSignalSpy started(m_scheduler.get(), &WorkingHoursScheduler::workingDayStarted);
        m_now = at(25, 14); // Wednesday afternoon
        m_scheduler->setSchedule(weekdaysNineToSix());
        QCOMPARE(m_controller->status(), OperatorStatus::Online);
        QVERIFY(m_scheduler->isWorkingTime());
        QCOMPARE(started.count(), 0); // the operator is looking at the app already
    }

    void startedOutsideWorkingHoursChangesNothing()
    {
        m_controller->setStatus(OperatorStatus::Invisible);
        QSignalSpy ended(m_scheduler.get(), &WorkingHoursScheduler::workingDayEnded);
        m_now = at(29, 11); // Sunday
        m_scheduler->setSchedule(weekdaysNineToSix());
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Invisible);
        QCOMPARE(ended.count(), 0);
    }

    void theScheduleOfAnotherMachineDoesNotFlipTheStatusMidDay()
    {
        m_now = at(23, 7);
        m_scheduler->setSchedule(weekdaysNineToSix());
        m_controller->setStatus(OperatorStatus::Offline);
        m_now = at(23, 10);
        WorkingSchedule edited = weekdaysNineToSix();
        edited.setDay({Qt::Monday, true, QTime(10, 0), QTime(19, 0)});
        m_scheduler->setSchedule(edited); // fetched again after a reconnection, or edited
        QCOMPARE(m_controller->status(), OperatorStatus::Offline);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Offline);
    }

    void anOperatorOfflineAtTheEndStaysOffline()
    {
        m_now = at(23, 9);
        m_scheduler->setSchedule(weekdaysNineToSix());
        QCOMPARE(m_controller->status(), OperatorStatus::Online);
        m_controller->setStatus(OperatorStatus::Offline);
        QSignalSpy ended(m_scheduler.get(), &WorkingHoursScheduler::workingDayEnded);
        m_now = at(23, 18, 30);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Offline);
        QCOMPARE(ended.count(), 1);
    }

    void aNightShiftRunsPastMidnight()
    {
        WorkingSchedule nights;
        nights.setDay({Qt::Friday, true, QTime(22, 0), QTime(6, 0)});
        m_now = at(28, 5, 30); // Saturday morning, still Friday's shift
        m_scheduler->setSchedule(nights);
        QCOMPARE(m_controller->status(), OperatorStatus::Online);
        QCOMPARE(nights.nextChangeAfter(m_now), at(28, 6));
        m_now = at(28, 6);
        m_scheduler->check();
        QCOMPARE(m_controller->status(), OperatorStatus::Invisible);
        QCOMPARE(nights.nextChangeAfter(m_now),
                 QDateTime(QDate(2026, 12, 4), QTime(22, 0), Qt::UTC));
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_controller.reset();
        m_connection.reset();
    }

private:
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ChatController> m_controller;
    std::unique_ptr<WorkingHoursScheduler> m_scheduler;
    QDateTime m_now;
};

QTEST_MAIN(TestWorkingHoursScheduler)
#include "tst_workinghoursscheduler.moc"
