#include "groupteam.h"
#include "reportfixture.h"

#include <envelope.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace papo::testing;

namespace {

QJsonObject seriesWithId(const QJsonArray &list, const QJsonValue &id)
{
    for (const QJsonValue &item : list) {
        if (item.toObject().value("id") == id)
            return item.toObject();
    }
    return {};
}

double figure(const QJsonObject &figures, const QString &name, const QString &part)
{
    return figures.value(name).toObject().value(part).toDouble(-1);
}

} // namespace

// REP-1 on the real server, over a history written at chosen times and computed here by hand
// (docs/reports.md): America/New_York, Saturday 31 October and Sunday 1 November 2026, when
// the clocks fall back at 02:00 EDT (06:00 UTC), so that Sunday lasts 25 hours.
class TestReports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_team.start(m_server));
        QVERIFY(m_fixture.open(m_server));
        const qint64 bia = m_team.bia.id, caio = m_team.caio.id;
        const qint64 vendas = m_fixture.visitor(m_team.vendas);
        const qint64 suporte = m_fixture.visitor(m_team.suporte);
        const qint64 nobody = m_fixture.visitor(0);
        QVERIFY(vendas > 0 && suporte > 0 && nobody > 0);
        // C1, Saturday 10:00 EDT, Bia: first response 30 s, then 60 s; 180 s long; 👍.
        const qint64 c1 = m_fixture.conversation(vendas, "2026-10-31T14:00:00Z", bia, true, "good");
        QVERIFY(m_fixture.message(c1, "2026-10-31T14:00:00Z"));
        QVERIFY(m_fixture.message(c1, "2026-10-31T14:00:30Z", bia));
        QVERIFY(m_fixture.message(c1, "2026-10-31T14:02:00Z"));
        QVERIFY(m_fixture.message(c1, "2026-10-31T14:02:10Z"));
        QVERIFY(m_fixture.message(c1, "2026-10-31T14:03:00Z", bia));
        // C2, Saturday 19:30 EDT, Caio: 120 s, then 90 s; 690 s long; 👎.
        const qint64 c2
            = m_fixture.conversation(suporte, "2026-10-31T23:30:00Z", caio, false, "bad");
        QVERIFY(m_fixture.message(c2, "2026-10-31T23:30:00Z"));
        QVERIFY(m_fixture.message(c2, "2026-10-31T23:32:00Z", caio));
        QVERIFY(m_fixture.message(c2, "2026-10-31T23:40:00Z"));
        QVERIFY(m_fixture.message(c2, "2026-10-31T23:41:30Z", caio));
        // C3, Sunday 01:30 EDT (the first 01:30), no group, nobody answered: missed.
        const qint64 c3 = m_fixture.conversation(nobody, "2026-11-01T05:30:00Z", 0, false);
        QVERIFY(m_fixture.message(c3, "2026-11-01T05:30:00Z"));
        QVERIFY(m_fixture.message(c3, "2026-11-01T05:31:00Z"));
        // C5, Sunday 10:00 EST, Caio: 300 s, then 20 s; 380 s long; 👍.
        const qint64 c5
            = m_fixture.conversation(suporte, "2026-11-01T15:00:00Z", caio, true, "good");
        QVERIFY(m_fixture.message(c5, "2026-11-01T15:00:00Z"));
        QVERIFY(m_fixture.message(c5, "2026-11-01T15:05:00Z", caio));
        QVERIFY(m_fixture.message(c5, "2026-11-01T15:06:00Z"));
        QVERIFY(m_fixture.message(c5, "2026-11-01T15:06:20Z", caio));
        // A targeted message the visitor never answered: not a chat.
        const qint64 targeted = m_fixture.conversation(vendas, "2026-11-01T16:00:00Z", bia, false);
        QVERIFY(m_fixture.message(targeted, "2026-11-01T16:00:00Z", bia));
        // C4, Sunday 23:30 EST = Monday 04:30 UTC: still Sunday, thanks to its 25th hour.
        const qint64 c4 = m_fixture.conversation(vendas, "2026-11-02T04:30:00Z", bia, true);
        QVERIFY(m_fixture.message(c4, "2026-11-02T04:30:00Z"));
        QVERIFY(m_fixture.message(c4, "2026-11-02T04:30:10Z", bia));
        // Monday 00:30 EST: after the period.
        const qint64 after = m_fixture.conversation(vendas, "2026-11-02T05:30:00Z", bia, true);
        QVERIFY(m_fixture.message(after, "2026-11-02T05:30:00Z"));
        QVERIFY(m_fixture.message(after, "2026-11-02T05:30:05Z", bia));
        // Bia: online since before the period (Friday 23:00 EDT) to Saturday 01:00 EDT,
        // invisible, online again from Saturday 18:00 EDT over midnight and the clock change
        // until Sunday 01:30 EST, when she disconnects. Caio: online 07:00–08:00 EST Sunday.
        QVERIFY(m_fixture.status(bia, "2026-10-31T03:00:00Z", "online", true));
        QVERIFY(m_fixture.status(bia, "2026-10-31T05:00:00Z", "invisible", true));
        QVERIFY(m_fixture.status(bia, "2026-10-31T22:00:00Z", "online", true));
        QVERIFY(m_fixture.status(bia, "2026-11-01T06:30:00Z", "online", false));
        QVERIFY(m_fixture.status(caio, "2026-11-01T12:00:00Z", "online", true));
        QVERIFY(m_fixture.status(caio, "2026-11-01T13:00:00Z", "offline", true));
        m_owner = connectOperator(m_server, m_team.owner.bearer);
        QVERIFY(m_owner);
    }

    void daysOfTheClockChange()
    {
        const QJsonObject report = ask(*m_owner, {{"bucket", "day"}});
        const QJsonArray ranges = report.value("slots").toArray();
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges[0].toObject().value("start").toString(), "2026-10-31T00:00:00-04:00");
        QCOMPARE(ranges[0].toObject().value("hours").toDouble(), 24.0);
        QCOMPARE(ranges[1].toObject().value("start").toString(), "2026-11-01T00:00:00-04:00");
        QCOMPARE(ranges[1].toObject().value("end").toString(), "2026-11-02T00:00:00-05:00");
        QCOMPARE(ranges[1].toObject().value("hours").toDouble(), 25.0);

        const QJsonObject total = report.value("total").toObject().value("total").toObject();
        QCOMPARE(total.value("chats").toInt(), 5);  // C1..C5; the targeted message is no chat
        QCOMPARE(total.value("missed").toInt(), 1); // C3
        // First responses 10, 30, 120, 300 s.
        QCOMPARE(figure(total, "firstResponse", "count"), 4.0);
        QCOMPARE(figure(total, "firstResponse", "mean"), 115.0);
        QCOMPARE(figure(total, "firstResponse", "median"), 75.0);
        QCOMPARE(figure(total, "firstResponse", "p90"), 300.0);
        // Every response: 10, 20, 30, 60, 90, 120, 300 s.
        QCOMPARE(figure(total, "responseTime", "count"), 7.0);
        QCOMPARE(figure(total, "responseTime", "mean"), 90.0);
        QCOMPARE(figure(total, "responseTime", "median"), 60.0);
        QCOMPARE(figure(total, "responseTime", "p90"), 300.0);
        // Answered chats last 10, 180, 380, 690 s.
        QCOMPARE(figure(total, "duration", "mean"), 315.0);
        QCOMPARE(figure(total, "duration", "median"), 280.0);
        QCOMPARE(figure(total, "duration", "p90"), 690.0);
        QCOMPARE(figure(total, "ratings", "good"), 2.0);
        QCOMPARE(figure(total, "ratings", "bad"), 1.0);
        QCOMPARE(figure(total, "ratings", "goodShare"), 2.0 / 3.0);
        // Bia 1 h + 6 h on Saturday, 2.5 h on Sunday; Caio 1 h on Sunday.
        QCOMPARE(total.value("onlineSeconds").toDouble(), 37800.0);

        const QJsonArray perDay = report.value("total").toObject().value("slots").toArray();
        QCOMPARE(perDay[0].toObject().value("chats").toInt(), 2);
        QCOMPARE(perDay[0].toObject().value("missed").toInt(), 0);
        QCOMPARE(figure(perDay[0].toObject(), "firstResponse", "median"), 75.0);
        QCOMPARE(perDay[0].toObject().value("onlineSeconds").toDouble(), 25200.0);
        QCOMPARE(perDay[1].toObject().value("chats").toInt(), 3);
        QCOMPARE(perDay[1].toObject().value("missed").toInt(), 1);
        QCOMPARE(perDay[1].toObject().value("onlineSeconds").toDouble(), 12600.0);
    }

    void perOperatorGroupAndChannel()
    {
        const QJsonObject report = ask(*m_owner, {});
        const QJsonArray operators = report.value("operators").toArray();
        const QJsonObject bia = seriesWithId(operators, m_team.bia.id).value("total").toObject();
        QCOMPARE(bia.value("chats").toInt(), 2);
        QCOMPARE(figure(bia, "firstResponse", "median"), 20.0); // 10 and 30 s
        QCOMPARE(bia.value("onlineSeconds").toDouble(), 34200.0);
        const QJsonObject caio = seriesWithId(operators, m_team.caio.id).value("total").toObject();
        QCOMPARE(caio.value("chats").toInt(), 2);
        QCOMPARE(figure(caio, "firstResponse", "median"), 210.0); // 120 and 300 s
        QCOMPARE(figure(caio, "firstResponse", "p90"), 300.0);
        QCOMPARE(figure(caio, "ratings", "goodShare"), 0.5);
        QCOMPARE(caio.value("onlineSeconds").toDouble(), 3600.0);
        const QJsonObject unassigned = seriesWithId(operators, 0).value("total").toObject();
        QCOMPARE(unassigned.value("missed").toInt(), 1);
        // Everyone in the team has a series, with or without chats.
        QCOMPARE(seriesWithId(operators, m_team.dora.id)
                     .value("total")
                     .toObject()
                     .value("chats")
                     .toInt(-1),
                 0);
        QCOMPARE(seriesWithId(operators, m_team.bia.id).value("name").toString(), "Bia");

        const QJsonArray groups = report.value("groups").toArray();
        const QJsonObject vendas = seriesWithId(groups, m_team.vendas).value("total").toObject();
        QCOMPARE(vendas.value("chats").toInt(), 2);
        QCOMPARE(vendas.value("onlineSeconds").toDouble(), 34200.0);
        const QJsonObject suporte = seriesWithId(groups, m_team.suporte).value("total").toObject();
        QCOMPARE(figure(suporte, "responseTime", "median"), 105.0); // 20, 90, 120, 300 s
        QCOMPARE(seriesWithId(groups, m_team.suporte).value("name").toString(), "Suporte");
        QCOMPARE(seriesWithId(groups, 0).value("total").toObject().value("chats").toInt(), 1);

        const QJsonArray channels = report.value("channels").toArray();
        QCOMPARE(channels.size(), 3);
        QCOMPARE(seriesWithId(channels, "widget").value("total").toObject().value("chats").toInt(),
                 5);
        QCOMPARE(
            seriesWithId(channels, "targeted").value("total").toObject().value("chats").toInt(), 0);
        QCOMPARE(seriesWithId(channels, "email").value("total").toObject().value("chats").toInt(),
                 0);

        // Filters: the Suporte group alone, and another channel than the widget.
        const QJsonObject onlySuporte
            = ask(*m_owner, {{"groupId", m_team.suporte}}).value("total").toObject();
        QCOMPARE(onlySuporte.value("total").toObject().value("chats").toInt(), 2);
        QCOMPARE(onlySuporte.value("total").toObject().value("onlineSeconds").toDouble(), 3600.0);
        const QJsonObject email = ask(*m_owner, {{"channel", "email"}});
        QCOMPARE(email.value("total").toObject().value("total").toObject().value("chats").toInt(),
                 0);
    }

    void hoursOfTheLongDay()
    {
        const QJsonObject report
            = ask(*m_owner, {{"from", "2026-11-01"}, {"to", "2026-11-01"}, {"bucket", "hour"}});
        const QJsonArray ranges = report.value("slots").toArray();
        QCOMPARE(ranges.size(), 25);
        QCOMPARE(ranges[1].toObject().value("start").toString(), "2026-11-01T01:00:00-04:00");
        QCOMPARE(ranges[2].toObject().value("start").toString(), "2026-11-01T01:00:00-05:00");
        const QJsonArray perHour = report.value("total").toObject().value("slots").toArray();
        QCOMPARE(perHour[1].toObject().value("chats").toInt(), 1); // C3, the first 01:30
        QCOMPARE(perHour[2].toObject().value("chats").toInt(), 0);
        QCOMPARE(perHour[24].toObject().value("chats").toInt(), 1); // C4, 23:30 EST
        // Bia from midnight EDT to 01:30 EST: 2.5 hours over the first three ranges.
        QCOMPARE(perHour[0].toObject().value("onlineSeconds").toDouble(), 3600.0);
        QCOMPARE(perHour[2].toObject().value("onlineSeconds").toDouble(), 1800.0);

        const QJsonObject months = ask(*m_owner, {{"bucket", "month"}});
        QCOMPARE(months.value("slots").toArray().size(), 2); // October's last day, November's first
        QCOMPARE(months.value("total")
                     .toObject()
                     .value("slots")
                     .toArray()[1]
                     .toObject()
                     .value("chats")
                     .toInt(),
                 3);
    }

    void anOperatorSeesOnlyTheirOwn()
    {
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        QVERIFY(bia);
        const QJsonObject report = ask(*bia, {});
        QCOMPARE(report.value("total").toObject().value("total").toObject().value("chats").toInt(),
                 2);
        const QJsonArray operators = report.value("operators").toArray();
        QCOMPARE(operators.size(), 1);
        QCOMPARE(operators[0].toObject().value("id").toInteger(), m_team.bia.id);
        QCOMPARE(report.value("total")
                     .toObject()
                     .value("total")
                     .toObject()
                     .value("onlineSeconds")
                     .toDouble(),
                 34200.0);
        QCOMPARE(codeOf(bia->request("report", request({{"operatorId", m_team.caio.id}}))),
                 QString("forbidden"));
        // An admin may look at anyone.
        auto dora = connectOperator(m_server, m_team.dora.bearer);
        const auto caio = dora->request("report", request({{"operatorId", m_team.caio.id}}));
        QCOMPARE(codeOf(caio), QString("ack"));
        QCOMPARE(caio->data.value("report").toObject().value("operators").toArray().size(), 1);
    }

    // Figures are computed from the conversations as they are now: a missed chat that is
    // reopened and answered later, and rated after that, counts as answered and rated.
    void laterChangesShowInTheFigures()
    {
        const QJsonObject day{
            {"from", "2025-07-01"}, {"to", "2025-07-01"}, {"timeZone", "America/Sao_Paulo"}};
        const qint64 visitor = m_fixture.visitor(m_team.suporte);
        const qint64 chat
            = m_fixture.conversation(visitor, "2025-07-01T15:00:00Z", m_team.caio.id, true);
        QVERIFY(m_fixture.message(chat, "2025-07-01T15:00:00Z"));
        QJsonObject total = ask(*m_owner, day).value("total").toObject().value("total").toObject();
        QCOMPARE(total.value("chats").toInt(), 1);
        QCOMPARE(total.value("missed").toInt(), 1);

        // Reopened the next day: Caio answers 25 h after the visitor wrote; then a 👍.
        QVERIFY(m_fixture.message(chat, "2025-07-02T16:00:00Z", m_team.caio.id));
        QSqlQuery rate(m_fixture.connection());
        QVERIFY(rate.exec(QStringLiteral("UPDATE conversations SET rating = 'good', closed_at = "
                                         "'' WHERE id = %1")
                              .arg(chat)));
        total = ask(*m_owner, day).value("total").toObject().value("total").toObject();
        QCOMPARE(total.value("chats").toInt(), 1);
        QCOMPARE(total.value("missed").toInt(), 0);
        QCOMPARE(figure(total, "firstResponse", "median"), 90000.0);
        QCOMPARE(figure(total, "duration", "median"), 90000.0);
        QCOMPARE(figure(total, "ratings", "goodShare"), 1.0);
    }

    // The summaries follow every later change (a transfer, the visitor moved to another group,
    // another answer, a rating and a close), and a zone asked for the first time — its day rows
    // built from the chat summaries — says the same as one kept up to date all along; the
    // hour report (one row per chat) agrees with the day report (one row per day).
    void summariesFollowEveryChange()
    {
        const QJsonObject week{
            {"from", "2025-08-04"}, {"to", "2025-08-10"}, {"timeZone", "America/Sao_Paulo"}};
        QCOMPARE(totalOf(ask(*m_owner, week)).value("chats").toInt(-1), 0); // the zone's rows
        const qint64 bia = m_team.bia.id, caio = m_team.caio.id;
        const qint64 visitor = m_fixture.visitor(m_team.vendas);
        const qint64 chat = m_fixture.conversation(visitor, "2025-08-05T13:00:00Z", bia, false);
        QVERIFY(m_fixture.message(chat, "2025-08-05T13:00:00Z"));
        QVERIFY(m_fixture.message(chat, "2025-08-05T13:00:40Z", bia));
        QJsonObject report = ask(*m_owner, week);
        QCOMPARE(totalOf(report, "operators", bia).value("chats").toInt(), 1);
        QCOMPARE(totalOf(report, "groups", m_team.vendas).value("chats").toInt(), 1);

        QVERIFY(change(QStringLiteral("UPDATE conversations SET owner_id = %1 WHERE id = %2")
                           .arg(caio)
                           .arg(chat)));
        QVERIFY(change(QStringLiteral("UPDATE visitors SET group_id = %1 WHERE id = %2")
                           .arg(m_team.suporte)
                           .arg(visitor)));
        QVERIFY(m_fixture.message(chat, "2025-08-05T13:05:00Z"));
        QVERIFY(m_fixture.message(chat, "2025-08-05T13:06:40Z", caio));
        QVERIFY(change(QStringLiteral("UPDATE conversations SET rating = 'bad', closed_at = "
                                      "'2025-08-05T13:07:00.000Z' WHERE id = %1")
                           .arg(chat)));
        report = ask(*m_owner, week);
        QCOMPARE(totalOf(report, "operators", bia).value("chats").toInt(), 0);
        const QJsonObject ofCaio = totalOf(report, "operators", caio);
        QCOMPARE(ofCaio.value("chats").toInt(), 1);
        QCOMPARE(figure(ofCaio, "responseTime", "count"), 2.0); // 40 and 100 s
        QCOMPARE(figure(ofCaio, "responseTime", "median"), 70.0);
        QCOMPARE(figure(ofCaio, "responseTime", "p90"), 100.0);
        QCOMPARE(figure(ofCaio, "duration", "mean"), 400.0);
        QCOMPARE(figure(ofCaio, "ratings", "bad"), 1.0);
        QCOMPARE(totalOf(report, "groups", m_team.vendas).value("chats").toInt(), 0);
        QCOMPARE(totalOf(report, "groups", m_team.suporte).value("chats").toInt(), 1);

        // Fortaleza keeps São Paulo's clock (neither changes it since 2019) and was never asked.
        QJsonObject fortaleza = week;
        fortaleza.insert("timeZone", "America/Fortaleza");
        const QJsonObject fresh = ask(*m_owner, fortaleza);
        for (const char *part : {"total", "operators", "groups", "channels"})
            QCOMPARE(fresh.value(part), report.value(part));

        QJsonObject day{
            {"from", "2025-08-05"}, {"to", "2025-08-05"}, {"timeZone", "America/Sao_Paulo"}};
        const QJsonValue perDay = ask(*m_owner, day).value("operators");
        day.insert("bucket", "hour");
        const QJsonObject perHour = ask(*m_owner, day);
        QCOMPARE(perHour.value("slots").toArray().size(), 24);
        for (const QJsonValue &series : perDay.toArray()) {
            const QJsonValue id = series.toObject().value("id");
            QCOMPARE(seriesWithId(perHour.value("operators").toArray(), id).value("total"),
                     series.toObject().value("total"));
        }
    }

    // A chat nobody answered becomes missed 15 minutes after its last message with no write
    // at all: its summary is made again at each report until then.
    void aWaitingChatBecomesMissedWithTimeAlone()
    {
        const QDateTime wrote
            = QDateTime::currentDateTimeUtc().addSecs(-15 * 60 + 12).toOffsetFromUtc(0);
        const QString at = wrote.toString(Qt::ISODate);
        const qint64 chat = m_fixture.conversation(m_fixture.visitor(0), at, 0, false);
        QVERIFY(m_fixture.message(chat, at));
        const QString date = wrote.date().toString(Qt::ISODate);
        const QJsonObject today{{"from", date}, {"to", date}, {"timeZone", "UTC"}};
        QJsonObject total = totalOf(ask(*m_owner, today));
        QCOMPARE(total.value("chats").toInt(), 1);
        QCOMPARE(total.value("missed").toInt(), 0);
        QDeadlineTimer patience(60000);
        while (total.value("missed").toInt() == 0 && !patience.hasExpired()) {
            QTest::qWait(500); // a report twice a second, well inside the frame limit
            total = totalOf(ask(*m_owner, today));
        }
        QCOMPARE(total.value("missed").toInt(), 1);
        QCOMPARE(total.value("chats").toInt(), 1);
    }

    // A report over many messages is built off the event loop: a request sent after it is
    // answered first, and the report still arrives, complete.
    void aLongReportHoldsUpNoOtherRequest()
    {
        const qint64 visitor = m_fixture.visitor(m_team.vendas);
        QVERIFY(m_fixture.longConversation(visitor, "2025-06-02T15:00:00Z", m_team.bia.id, 100000));
        m_owner->sendRaw(papo::common::encodeRequest(
            "report", "long-report",
            {{"from", "2025-06-02"}, {"to", "2025-06-02"}, {"timeZone", "America/Sao_Paulo"}}));
        const auto quick = m_owner->request("working_hours");
        QCOMPARE(codeOf(quick), QLatin1String("ack"));
        const auto isReport = [](const papo::common::Envelope &frame) {
            return frame.id == QLatin1String("long-report");
        };
        const QList<papo::common::Envelope> before = m_owner->received();
        QVERIFY2(std::none_of(before.begin(), before.end(), isReport),
                 "the report was answered before a request sent after it");
        const auto report = m_owner->waitFor(isReport, 120000);
        QCOMPARE(codeOf(report), QLatin1String("ack"));
        const QJsonObject total = report->data.value("report")
                                      .toObject()
                                      .value("total")
                                      .toObject()
                                      .value("total")
                                      .toObject();
        QCOMPARE(total.value("chats").toInt(), 1);
        QCOMPARE(figure(total, "responseTime", "count"), 50000.0);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addRow("unknown zone") << QJsonObject{{"timeZone", "Mars/Olympus"}};
        QTest::addRow("backwards") << QJsonObject{{"from", "2026-11-02"}};
        QTest::addRow("not a date") << QJsonObject{{"to", "01/11/2026"}};
        QTest::addRow("too long") << QJsonObject{{"from", "2025-01-01"}};
        QTest::addRow("too many hours") << QJsonObject{{"from", "2026-08-01"}, {"bucket", "hour"}};
        QTest::addRow("unknown bucket") << QJsonObject{{"bucket", "fortnight"}};
        QTest::addRow("unknown channel") << QJsonObject{{"channel", "fax"}};
    }

    void badRequestsAreRefused()
    {
        QFETCH(QJsonObject, change);
        QCOMPARE(codeOf(m_owner->request("report", request(change))), QString("invalid_field"));
    }

    void statusChangesAreRecorded()
    {
        // The live path: a status switch and a disconnect each leave a row.
        auto caio = connectOperator(m_server, m_team.caio.bearer);
        QVERIFY(caio);
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "invisible"}})), QString("ack"));
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "online"}})), QString("ack"));
        const QString since
            = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
        QCOMPARE(historySince(since).last(2),
                 (QStringList{"invisible connected", "online connected"}));
    }

private:
    QJsonObject request(const QJsonObject &change) const
    {
        QJsonObject request{
            {"from", "2026-10-31"}, {"to", "2026-11-01"}, {"timeZone", "America/New_York"}};
        for (auto it = change.begin(); it != change.end(); ++it)
            request.insert(it.key(), it.value());
        return request;
    }

    // The report's figures over the period: of everything, or of one operator's or group's
    // series.
    static QJsonObject totalOf(const QJsonObject &report, const QString &list = {},
                               const QJsonValue &id = {})
    {
        const QJsonObject series = list.isEmpty() ? report.value("total").toObject()
                                                  : seriesWithId(report.value(list).toArray(), id);
        return series.value("total").toObject();
    }

    bool change(const QString &statement)
    {
        QSqlQuery query(m_fixture.connection());
        return query.exec(statement);
    }

    QJsonObject ask(WsClient &socket, const QJsonObject &change)
    {
        const auto reply = socket.request("report", request(change));
        if (codeOf(reply) != QLatin1String("ack")) {
            qWarning("report: %s", qPrintable(codeOf(reply)));
            return {};
        }
        return reply->data.value("report").toObject();
    }

    QStringList historySince(const QString &since)
    {
        QSqlQuery query(m_fixture.connection());
        query.prepare("SELECT status, connected FROM operator_status_history WHERE operator_id = ? "
                      "AND changed_at >= ? ORDER BY changed_at, id");
        query.addBindValue(m_team.caio.id);
        query.addBindValue(since);
        QStringList rows;
        if (query.exec()) {
            while (query.next())
                rows << query.value(0).toString()
                            + (query.value(1).toInt() ? " connected" : " disconnected");
        }
        return rows;
    }

    ServerProcess m_server;
    GroupTeam m_team;
    ReportFixture m_fixture;
    std::unique_ptr<WsClient> m_owner;
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
