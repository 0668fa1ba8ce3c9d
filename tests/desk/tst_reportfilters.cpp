#include "models/reportfilters.h"

#include <QTest>

using papo::desk::ReportFilters;
using Period = ReportFilters::Period;

// REP-2: every filter of a report is in its papo://reports link; relative periods stay relative.
class TestReportFilters final : public QObject
{
    Q_OBJECT

private slots:
    void linksRoundTrip_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("link");
        QTest::addRow("today") << int(Period::Today) << "papo://reports?period=today&bucket=hour";
        QTest::addRow("yesterday")
            << int(Period::Yesterday) << "papo://reports?period=yesterday&bucket=hour";
        QTest::addRow("last 7 days")
            << int(Period::Last7Days) << "papo://reports?period=last7&bucket=hour";
        QTest::addRow("last 30 days")
            << int(Period::Last30Days) << "papo://reports?period=last30&bucket=hour";
        QTest::addRow("this month")
            << int(Period::ThisMonth) << "papo://reports?period=month&bucket=hour";
    }

    void linksRoundTrip()
    {
        QFETCH(int, period);
        QFETCH(QString, link);
        ReportFilters filters;
        filters.period = Period(period);
        filters.bucket = "hour";
        QCOMPARE(filters.toUrl().toString(), link); // no dates: it stays relative
        QCOMPARE(ReportFilters::fromUrl(QUrl(link)), filters);
    }

    void everyFilterIsInTheLink()
    {
        ReportFilters filters;
        filters.period = Period::Custom;
        filters.from = QDate(2026, 10, 1);
        filters.to = QDate(2026, 10, 31);
        filters.bucket = "week";
        filters.operatorId = 3;
        filters.groupId = 2;
        filters.channel = "widget";
        const QUrl url = filters.toUrl();
        QCOMPARE(url.toString(), "papo://reports?period=custom&from=2026-10-01&to=2026-10-31"
                                 "&bucket=week&operator=3&group=2&channel=widget");
        QCOMPARE(ReportFilters::fromUrl(url), filters);
    }

    void relativePeriodsFollowTheViewersToday()
    {
        const QDate today(2026, 3, 5);
        ReportFilters filters;
        filters.period = Period::Last7Days;
        QCOMPARE(filters.dates(today), std::make_pair(QDate(2026, 2, 27), today));
        filters.period = Period::Last30Days;
        QCOMPARE(filters.dates(today), std::make_pair(QDate(2026, 2, 4), today));
        filters.period = Period::ThisMonth;
        QCOMPARE(filters.dates(today), std::make_pair(QDate(2026, 3, 1), today));
        filters.period = Period::Yesterday;
        QCOMPARE(filters.dates(today), std::make_pair(QDate(2026, 3, 4), QDate(2026, 3, 4)));
        const QJsonObject fields
            = filters.requestFields(today, QTimeZone(QByteArray("America/Sao_Paulo")));
        QCOMPARE(fields.value("from").toString(), "2026-03-04");
        QCOMPARE(fields.value("timeZone").toString(), "America/Sao_Paulo");
        QVERIFY(!fields.contains("operatorId"));
    }

    void badLinksAreRefused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addRow("another scheme") << "https://reports?period=today";
        QTest::addRow("another place") << "papo://login?period=today";
        QTest::addRow("no period") << "papo://reports?bucket=day";
        QTest::addRow("unknown period") << "papo://reports?period=forever";
        QTest::addRow("custom, no dates") << "papo://reports?period=custom";
        QTest::addRow("custom, backwards")
            << "papo://reports?period=custom&from=2026-10-31&to=2026-10-01";
        QTest::addRow("unknown bucket") << "papo://reports?period=today&bucket=fortnight";
        QTest::addRow("not an operator") << "papo://reports?period=today&operator=-1";
        QTest::addRow("not a group") << "papo://reports?period=today&group=vendas";
        QTest::addRow("unknown channel") << "papo://reports?period=today&channel=fax";
    }

    void badLinksAreRefused()
    {
        QFETCH(QString, link);
        QVERIFY(!ReportFilters::fromUrl(QUrl(link)));
    }
};

QTEST_APPLESS_MAIN(TestReportFilters)
#include "tst_reportfilters.moc"
