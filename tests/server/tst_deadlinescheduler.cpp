#include <deadlinescheduler.h>

#include <QTest>

using papo::server::DeadlineScheduler;

class TestDeadlineScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void runsDueCallbacksInDeadlineOrder()
    {
        qint64 now = 1000;
        DeadlineScheduler scheduler([&] { return now; });
        QStringList ran;
        scheduler.scheduleAt(1300, [&] { ran << "c"; });
        scheduler.scheduleAt(1100, [&] { ran << "a"; });
        scheduler.scheduleAt(1200, [&] { ran << "b"; });
        QCOMPARE(scheduler.runDue(), 0);
        now = 1250;
        QCOMPARE(scheduler.runDue(), 2);
        QCOMPARE(ran, (QStringList{"a", "b"}));
        now = 5000;
        QCOMPARE(scheduler.runDue(), 1);
        QCOMPARE(ran, (QStringList{"a", "b", "c"}));
        QCOMPARE(scheduler.pending(), 0);
    }

    void cancelledNeverRuns()
    {
        qint64 now = 0;
        DeadlineScheduler scheduler([&] { return now; });
        bool ran = false;
        const auto id = scheduler.scheduleAt(10, [&] { ran = true; });
        QVERIFY(scheduler.cancel(id));
        QVERIFY(!scheduler.cancel(id));
        now = 100;
        scheduler.runDue();
        QVERIFY(!ran);
    }

    void callbacksMayScheduleAndCancel()
    {
        qint64 now = 0;
        DeadlineScheduler scheduler([&] { return now; });
        int rescheduled = 0;
        bool victimRan = false;
        const auto victim = scheduler.scheduleAt(20, [&] { victimRan = true; });
        std::function<void()> again = [&] {
            if (++rescheduled < 3)
                scheduler.scheduleAt(now, again); // due at once: runs in this same pass
        };
        scheduler.scheduleAt(10, [&] {
            scheduler.cancel(victim);
            again();
        });
        now = 30;
        scheduler.runDue();
        QCOMPARE(rescheduled, 3);
        QVERIFY(!victimRan);
    }

    void realTimerFiresWithoutAnyoneCallingRunDue()
    {
        DeadlineScheduler scheduler;
        bool ran = false;
        scheduler.scheduleAt(scheduler.now() + 20, [&] { ran = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
    }

    void manyDeadlinesRunInOnePass()
    {
        qint64 now = 0;
        DeadlineScheduler scheduler([&] { return now; });
        int ran = 0;
        for (int i = 0; i < 20000; ++i)
            scheduler.scheduleAt(i % 60 * 1000, [&] { ++ran; });
        now = 59 * 1000;
        scheduler.runDue();
        QCOMPARE(ran, 20000);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineScheduler)
#include "tst_deadlinescheduler.moc"
