#include <workingschedule.h>

#include <QJsonObject>
#include <QTest>

using namespace papo::common;

namespace {

WorkingSchedule mondayOnly(QTime start, QTime end)
{
    WorkingSchedule schedule;
    schedule.setDay({Qt::Monday, true, start, end});
    return schedule;
}

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC); // the 23rd: Monday
}

} // namespace

// Working hours (HRS-1, HRS-2): the rules the server checks and papo-desk follows.
class TestWorkingSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void lengthLimits_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<bool>("valid");
        QTest::newRow("59 minutes") << QTime(9, 0) << QTime(9, 59) << false;
        QTest::newRow("exactly 1 hour") << QTime(9, 0) << QTime(10, 0) << true;
        QTest::newRow("exactly 23 hours") << QTime(7, 0) << QTime(6, 0) << true;
        QTest::newRow("23 hours 1 minute") << QTime(7, 0) << QTime(6, 1) << false;
        QTest::newRow("start equals end: 24 hours") << QTime(8, 0) << QTime(8, 0) << false;
        QTest::newRow("overnight 8 hours") << QTime(22, 0) << QTime(6, 0) << true;
    }
    void lengthLimits()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(bool, valid);
        const QString error = mondayOnly(start, end).validationError();
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY2(error.startsWith(QStringLiteral("Monday:")), qPrintable(error));
    }

    void disabledDaysAreNotChecked()
    {
        WorkingSchedule schedule;
        schedule.setDay({Qt::Sunday, false, QTime(9, 0), QTime(9, 10)});
        QVERIFY(schedule.validationError().isEmpty());
        QVERIFY(!schedule.hasWorkingDays());
    }

    void jsonRoundTrip()
    {
        WorkingSchedule schedule = mondayOnly(QTime(9, 0), QTime(18, 0));
        schedule.setDay({Qt::Saturday, true, QTime(22, 30), QTime(4, 15)});
        QString error;
        const auto read = WorkingSchedule::fromJson(schedule.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, schedule);
        QCOMPARE(schedule.toJson().size(), 7);
        QCOMPARE(schedule.toJson().at(0).toObject().value("start").toString(), QString("09:00"));
    }

    void changesAndWorkingTime()
    {
        const WorkingSchedule schedule = mondayOnly(QTime(9, 0), QTime(18, 0));
        QVERIFY(!schedule.isWorkingAt(utc(23, 8, 59)));
        QVERIFY(schedule.isWorkingAt(utc(23, 9)));
        QVERIFY(!schedule.isWorkingAt(utc(23, 18)));
        QCOMPARE(schedule.nextChangeAfter(utc(23, 8)), utc(23, 9));
        QCOMPARE(schedule.nextChangeAfter(utc(23, 9)), utc(23, 18));
        QCOMPARE(schedule.nextChangeAfter(utc(23, 18)), utc(30, 9)); // next Monday
        QVERIFY(!WorkingSchedule().nextChangeAfter(utc(23, 8)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestWorkingSchedule)
#include "tst_workingschedule.moc"
