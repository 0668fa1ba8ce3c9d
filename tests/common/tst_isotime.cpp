#include <isotime.h>

#include <QTest>

using papo::common::fromIsoTime;
using papo::common::toIsoTime;

// The times every client, the database and the reports read: the fast path must agree with
// Qt's ISO parser on what it accepts, and hand anything else to it.
class TestIsoTime final : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatItWrites()
    {
        const QDateTime at(QDate(2026, 12, 7), QTime(23, 59, 58, 7), Qt::UTC);
        QCOMPARE(toIsoTime(at), QString("2026-12-07T23:59:58.007Z"));
        QCOMPARE(fromIsoTime(toIsoTime(at)), at);
        // Another offset is written in UTC.
        const QDateTime saoPaulo(QDate(2026, 12, 7), QTime(20, 59, 58, 7), Qt::OffsetFromUTC,
                                 -3 * 3600);
        QCOMPARE(toIsoTime(saoPaulo), QString("2026-12-07T23:59:58.007Z"));
    }

    void writesWhatQtWrites()
    {
        const QDateTime epoch(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        const QList<QDateTime> times{
            epoch,
            epoch.addMSecs(-1),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(1900, 3, 1), QTime(0, 0, 0, 1), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 7), QTime(8, 9, 10, 11), Qt::UTC),
            QDateTime(QDate(2026, 12, 31), QTime(22, 0), Qt::OffsetFromUTC, -3 * 3600),
        };
        for (const QDateTime &time : times)
            QCOMPARE(toIsoTime(time), time.toUTC().toString(Qt::ISODateWithMs));
        // Every 2.2 hours (an odd step, so every hour and millisecond turns up) for a century.
        for (qint64 ms = -40LL * 365 * 86'400'000; ms < 60LL * 365 * 86'400'000; ms += 7'919'123) {
            const QDateTime time = epoch.addMSecs(ms);
            QCOMPARE(toIsoTime(time), time.toString(Qt::ISODateWithMs));
        }
        QCOMPARE(toIsoTime(QDateTime()), QString());
    }

    void agreesWithQtsParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("the written form") << "2026-01-31T00:00:00.000Z";
        QTest::newRow("no milliseconds") << "2026-01-31T12:30:00Z";
        QTest::newRow("an offset") << "2026-01-31T12:30:00.250-03:00";
        QTest::newRow("a day that is not") << "2026-02-30T12:30:00.000Z";
        QTest::newRow("an hour that is not") << "2026-02-03T24:30:00.000Z";
        QTest::newRow("a letter among the digits") << "2026-0a-03T12:30:00.000Z";
        QTest::newRow("not a time") << "ontem à tarde";
    }
    void agreesWithQtsParser()
    {
        QFETCH(QString, text);
        QCOMPARE(fromIsoTime(text), QDateTime::fromString(text, Qt::ISODateWithMs));
    }

    void nothingIsInvalid() { QVERIFY(!fromIsoTime(QString()).isValid()); }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
