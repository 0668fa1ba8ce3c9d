#include <timebins.h>
#include <timetally.h>

#include <QTest>

using namespace papo::server;

// The times of report summaries (docs/reports.md, "How reports stay fast"): the stored form
// round-trips, refuses what it did not write, and the figures counted from it are the ones
// docs/reports.md defines, also past the hour where seconds stop having a slot of their own.
class TestTimeTally final : public QObject
{
    Q_OBJECT

private slots:
    void binsRoundTripAndTakeAwayAgain()
    {
        TimeBins times;
        for (qint64 ms : {40'000, 40'900, 100'000, 90'000'000, 0})
            times.add(ms);
        QCOMPARE(times.count, 5);
        QCOMPARE(times.sumMs, 90'180'900);
        QCOMPARE(times.bins.size(), 4u); // 40 s twice
        TimeBins decoded;
        QVERIFY(TimeBins::decode(times.count, times.sumMs, times.encode(), &decoded));
        QCOMPARE(decoded.bins, times.bins);
        QCOMPARE(decoded.sumMs, times.sumMs);

        TimeBins other;
        other.add(40'000);
        other.add(90'000'000);
        times.add(other, -1);
        QCOMPARE(times.count, 3);
        QCOMPARE(times.sumMs, 140'900);
        QCOMPARE(times.bins, (std::vector<std::pair<quint32, qint64>>{{0, 1}, {40, 1}, {100, 1}}));
    }

    void decodeRefusesWhatEncodeNeverWrites()
    {
        TimeBins into;
        QVERIFY(!TimeBins::decode(1, 1, QByteArray("\x80", 1), &into));      // a varint cut short
        QVERIFY(!TimeBins::decode(1, 1, QByteArray("\x05", 1), &into));      // seconds, no count
        QVERIFY(!TimeBins::decode(1, 1, QByteArray(11, char(0xff)), &into)); // past 64 bits
        QVERIFY(TimeBins::decode(0, 0, QByteArray(), &into));
        QVERIFY(into.bins.empty());
    }

    void figuresByCounting()
    {
        TimeTally tally;
        QCOMPARE(tally.toJson().value("median"), QJsonValue(QJsonValue::Null));
        // 10, 30, 120, 300 s: the mean of the two middle ones; p90 by nearest rank.
        for (qint64 ms : {300'000, 10'000, 120'000, 30'000})
            tally.add(ms);
        QJsonObject figures = tally.toJson();
        QCOMPARE(figures.value("count").toInteger(), 4);
        QCOMPARE(figures.value("mean").toDouble(), 115.0);
        QCOMPARE(figures.value("median").toDouble(), 75.0);
        QCOMPARE(figures.value("p90").toDouble(), 300.0);

        // Two more past the hour, one from stored bins: 6 times, the middle ones 120 and 300.
        TimeBins stored;
        stored.add(7'200'000);
        TimeTally more;
        more.add(stored);
        more.add(90'000'000);
        tally.add(more);
        figures = tally.toJson();
        QCOMPARE(figures.value("count").toInteger(), 6);
        QCOMPARE(figures.value("median").toDouble(), 210.0);
        QCOMPARE(figures.value("p90").toDouble(), 90000.0);
        QCOMPARE(figures.value("mean").toDouble(), 16276.667); // to the millisecond

        tally.clear();
        QVERIFY(tally.isEmpty());
        tally.add(1'999); // whole seconds, cut; the mean keeps the milliseconds
        QCOMPARE(tally.toJson().value("median").toDouble(), 1.0);
        QCOMPARE(tally.toJson().value("mean").toDouble(), 1.999);
    }
};

QTEST_GUILESS_MAIN(TestTimeTally)
#include "tst_timetally.moc"
