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
