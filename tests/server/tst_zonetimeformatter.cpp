#include <zonetimeformatter.h>

#include <QTest>

using namespace papo::server;

// The visitors' export writes every time through ZoneTimeFormatter: it must say exactly what
// Qt says, across clock changes (New York, São Paulo's old summer time, Lord Howe's half hour),
// in zones without changes, east and west, before and after 1970.
class TestZoneTimeFormatter final : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone :
             {"America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata",
              "Asia/Kathmandu", "UTC", "Europe/Lisbon", "Pacific/Chatham"})
            QTest::addRow("%s", zone) << QByteArray(zone);
    }

    void writesWhatQtWrites()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        ZoneTimeFormatter formatter(timeZone);
        QList<QDateTime> times;
        // Every 7 h 13 min 20.5 s over eleven years, in an order that jumps around.
        const QDateTime start(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
        for (qint64 ms = 0; ms < 11LL * 365 * 24 * 3600 * 1000; ms += 26'000'500)
            times << start.addMSecs(ms);
        std::reverse(times.begin() + times.size() / 2, times.end());
        // Each clock change, and a millisecond on either side.
        for (const QTimeZone::OffsetData &change :
             timeZone.transitions(start, start.addYears(11))) {
            times << change.atUtc.addMSecs(-1) << change.atUtc << change.atUtc.addMSecs(1);
        }
        times << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        for (const QDateTime &time : std::as_const(times))
            QCOMPARE(formatter.format(time), time.toTimeZone(timeZone).toString(Qt::ISODate));
        QCOMPARE(formatter.format(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestZoneTimeFormatter)
#include "tst_zonetimeformatter.moc"
