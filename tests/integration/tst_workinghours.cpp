#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QJsonObject day(const QString &name, bool enabled, const QString &start, const QString &end)
{
    return {{"day", name}, {"enabled", enabled}, {"start", start}, {"end", end}};
}

QJsonObject dayOf(const QJsonArray &days, const QString &name)
{
    for (const QJsonValue &value : days) {
        if (value.toObject().value("day").toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

// Working hours stored per operator on the server (HRS-1) and validated there (HRS-2).
class TestWorkingHours final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia)); }

    void aNewOperatorHasNoWorkingDays()
    {
        auto bia = connectOperator(m_server, m_bia);
        const auto reply = bia->request("working_hours");
        QCOMPARE(reply->type, QString("ack"));
        const QJsonArray days = reply->data.value("days").toArray();
        QCOMPARE(days.size(), 7);
        for (const QJsonValue &value : days)
            QCOMPARE(value.toObject().value("enabled").toBool(), false);
    }

    void theScheduleFollowsTheOperator()
    {
        auto ana = connectOperator(m_server, m_ana);
        const QJsonArray week{day("monday", true, "09:00", "18:00"),
                              day("friday", true, "22:00", "06:00"), // overnight: 8 hours
                              day("sunday", false, "00:00", "00:00")};
        QCOMPARE(ana->request("set_working_hours", {{"days", week}})->type, QString("ack"));

        auto elsewhere = connectOperator(m_server, m_ana); // another machine
        const QJsonArray days = elsewhere->request("working_hours")->data.value("days").toArray();
        QCOMPARE(dayOf(days, "monday"), day("monday", true, "09:00", "18:00"));
        QCOMPARE(dayOf(days, "friday"), day("friday", true, "22:00", "06:00"));
        QCOMPARE(dayOf(days, "tuesday").value("enabled").toBool(), false);

        auto bia = connectOperator(m_server, m_bia); // one's own schedule only
        const QJsonArray hers = bia->request("working_hours")->data.value("days").toArray();
        QCOMPARE(dayOf(hers, "monday").value("enabled").toBool(), false);
    }

    void badSchedulesAreRefusedNamingTheDay_data()
    {
        QTest::addColumn<QJsonValue>("days");
        QTest::addColumn<QString>("says");
        QTest::newRow("half an hour")
            << QJsonValue(QJsonArray{day("monday", true, "09:00", "09:30")})
            << "Monday: a working "
               "day lasts at "
               "least 1 hour";
        QTest::newRow("23 and a half hours")
            << QJsonValue(QJsonArray{day("tuesday", true, "08:00", "07:30")})
            << "Tuesday: a working day lasts at most 23 hours";
        QTest::newRow("start equals end")
            << QJsonValue(QJsonArray{day("wednesday", true, "10:00", "10:00")}) << "Wednesday";
        QTest::newRow("not a time")
            << QJsonValue(QJsonArray{day("thursday", true, "9am", "18:00")}) << "Thursday needs";
        QTest::newRow("unknown day")
            << QJsonValue(QJsonArray{day("someday", true, "09:00", "18:00")}) << "\"day\"";
        QTest::newRow("a day twice") << QJsonValue(QJsonArray{
            day("friday", true, "09:00", "18:00"), day("friday", false, "09:00", "18:00")})
                                     << "Friday is listed twice";
        QTest::newRow("not a list") << QJsonValue("monday") << "\"days\" must be a list";
    }
    void badSchedulesAreRefusedNamingTheDay()
    {
        QFETCH(QJsonValue, days);
        QFETCH(QString, says);
        auto ana = connectOperator(m_server, m_ana);
        const QJsonArray before = ana->request("working_hours")->data.value("days").toArray();
        const auto reply = ana->request("set_working_hours", {{"days", days}});
        QCOMPARE(reply->type, QString("error"));
        QCOMPARE(reply->data.value("code").toString(), QString("invalid_field"));
        QVERIFY2(reply->data.value("message").toString().contains(says),
                 qPrintable(reply->data.value("message").toString()));
        QCOMPARE(ana->request("working_hours")->data.value("days").toArray(), before);
        QVERIFY(ana->request("team")); // still served
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
