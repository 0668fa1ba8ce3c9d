#include "groupteam.h"
#include "reportfixture.h"

#include <csv.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Csv::parse;

namespace {

struct Download
{
    int status = 0;
    QByteArray body;
    qint64 rows = -1;       // X-Papo-Rows
    QList<qint64> progress; // bytes received, as papo-desk's progress bar sees them
};

Download download(const ServerProcess &server, const QString &path, const QString &bearer)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.httpUrl(path));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    Download result;
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress,
                     [&](qint64 received, qint64) { result.progress.append(received); });
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->hasRawHeader("X-Papo-Rows"))
        result.rows = reply->rawHeader("X-Papo-Rows").toLongLong();
    return result;
}

QStringList column(const QList<QStringList> &records, int index)
{
    QStringList values;
    for (qsizetype i = 1; i < records.size(); ++i)
        values << records[i].value(index);
    return values;
}

} // namespace

// REP-3 and EXP-1 over HTTP on the real server: the CSV files papo-desk downloads, streamed,
// safe in spreadsheets and true to every character of the visitors' names.
class TestExports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_team.start(m_server));
        QVERIFY(m_fixture.open(m_server));
        const QString nov = "2026-11-10T12:00:00Z";
        QVERIFY(m_fixture.contact("=HYPERLINK(\"http://evil.example\",\"Clique\")",
                                  "evil@example.com", "", nov, nov, nov));
        QVERIFY(m_fixture.contact("João Ñúñez 👍🏽", "joao@exemplo.com.br", "", nov, nov));
        QVERIFY(m_fixture.contact("שלום עליכם", "shalom@example.co.il", "+55 11 99999-0000", nov,
                                  nov, nov));
        QVERIFY(m_fixture.contact("مرحبا، صديقي", "", "", nov, nov, nov)); // no email: left out
        QVERIFY(m_fixture.contact("Antiga", "antiga@example.com", "", "2026-09-01T12:00:00Z",
                                  "2026-10-01T12:00:00Z", nov)); // not seen in November
        // Enough visitors for several pages of the server's reads.
        QVERIFY(m_fixture.connection().transaction());
        for (int i = 0; i < 2500; ++i) {
            QVERIFY(m_fixture.contact(QString("Cliente %1").arg(i),
                                      QString("c%1@example.com").arg(i), "", "2026-10-20T12:00:00Z",
                                      "2026-11-20T12:00:00Z", i % 2 == 0 ? nov : QString()));
        }
        QVERIFY(m_fixture.connection().commit());
    }

    void consentingVisitorsEmails()
    {
        const Download csv = download(
            m_server,
            "/api/exports/visitors.csv?from=2026-11-01&to=2026-11-30&timeZone=America/Sao_Paulo"
            "&fields=name,email,phone,consent&consented=1",
            m_team.owner.bearer);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parse(csv.body);
        QCOMPARE(records.first(), (QStringList{"name", "email", "phone", "consent"}));
        QCOMPARE(records.size() - 1, 1250 + 2);
        QCOMPARE(csv.rows, 1252);
        QVERIFY(!csv.progress.isEmpty());
        const QStringList names = column(records, 0);
        QVERIFY(names.contains("'=HYPERLINK(\"http://evil.example\",\"Clique\")"));
        QVERIFY(names.contains("שלום עליכם"));
        QVERIFY(!names.contains("João Ñúñez 👍🏽")); // no consent
        QVERIFY(!names.contains("Antiga"));
        QVERIFY(column(records, 2).contains("'+55 11 99999-0000"));
        QCOMPARE(records[1].value(3), "2026-11-10T09:00:00-03:00"); // consent, viewer's time
        // A formula never reaches a cell unneutralised.
        for (const QStringList &record : records) {
            for (const QString &cell : record)
                QVERIFY2(cell.isEmpty() || !QString("=+-@").contains(cell.front()),
                         qPrintable(cell));
        }
    }

    // EXP-1: Papo('setVisitorData', {marketingConsent}) from a real widget connection decides
    // who "only those who consented" exports, with the time they agreed.
    void consentFromThePageIsExported()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"name", "Consentiu Sim"},
                                                          {"email", "sim@example.com"},
                                                          {"marketingConsent", true}})),
                 QString("ack"));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        QString other;
        auto silent = connectVisitor(m_server, &other);
        QVERIFY(silent);
        QCOMPARE(codeOf(silent->request("visitor_data",
                                        {{"name", "Consentiu Não"}, {"email", "nao@example.com"}})),
                 QString("ack"));

        const QString path
            = "/api/exports/visitors.csv?from="
              + QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate)
              + "&to=" + QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate)
              + "&timeZone=UTC&fields=name,email,consent&consented=1";
        const auto consenting = [&] {
            QHash<QString, QString> consentByEmail;
            const Download csv = download(m_server, path, m_team.owner.bearer);
            if (csv.status == 200) {
                const QList<QStringList> records = parse(csv.body);
                for (qsizetype i = 1; i < records.size(); ++i)
                    consentByEmail.insert(records[i].value(1), records[i].value(2));
            }
            return consentByEmail;
        };
        QHash<QString, QString> rows = consenting();
        QVERIFY(rows.contains("sim@example.com"));
        QVERIFY(!rows.contains("nao@example.com")); // said nothing: no consent
        const QString givenAt = rows.value("sim@example.com");
        const QDateTime given = QDateTime::fromString(givenAt, Qt::ISODate);
        QVERIFY2(given >= before && given <= after, qPrintable(givenAt));

        // Bad values are refused and change nothing.
        for (const QJsonValue &bad : {QJsonValue("yes"), QJsonValue(1),
                                      QJsonValue(QJsonValue::Null), QJsonValue(QJsonArray{true})}) {
            const auto reply = visitor->request("visitor_data", {{"marketingConsent", bad}});
            QCOMPARE(codeOf(reply), QString("invalid_field"));
            QVERIFY(reply->data.value("message").toString().contains("marketingConsent"));
        }
        // The widget resends the page's data after each reconnect: "yes" again keeps the time.
        visitor.reset();
        visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"marketingConsent", true}})),
                 QString("ack"));
        QCOMPARE(consenting().value("sim@example.com"), givenAt);

        // Withdrawn: out of the export, though the address stays for replies.
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"marketingConsent", false}})),
                 QString("ack"));
        rows = consenting();
        QVERIFY(!rows.contains("sim@example.com"));
        const Download everyone
            = download(m_server, QString(path).remove("&consented=1"), m_team.owner.bearer);
        QVERIFY(everyone.body.contains("sim@example.com"));
    }

    void everyVisitorWithEmail()
    {
        const Download csv = download(
            m_server,
            "/api/exports/visitors.csv?from=2026-11-01&to=2026-11-30&timeZone=America/Sao_Paulo",
            m_team.owner.bearer);
        QCOMPARE(csv.status, 200);
        const QList<QStringList> records = parse(csv.body);
        QCOMPARE(records.first().size(), 8); // every field
        QCOMPARE(records.size() - 1, 2500 + 3);
        QVERIFY(column(records, 0).contains("João Ñúñez 👍🏽"));
    }

    void whoMayExport()
    {
        const QString path = "/api/exports/visitors.csv?from=2026-11-01&to=2026-11-30"
                             "&timeZone=America/Sao_Paulo";
        QCOMPARE(download(m_server, path, m_team.bia.bearer).status, 403);
        QCOMPARE(download(m_server, path, m_team.dora.bearer).status, 200); // an admin
        QCOMPARE(download(m_server, path, QString()).status, 401);
        QCOMPARE(download(m_server, path + "&fields=name,password", m_team.owner.bearer).status,
                 400);
        QCOMPARE(download(m_server,
                          "/api/exports/visitors.csv?from=2026-11-30&to=2026-11-01"
                          "&timeZone=America/Sao_Paulo",
                          m_team.owner.bearer)
                     .status,
                 400);
    }

    void reportCsvMatchesTheReport()
    {
        const QString fields = "from=2026-11-01&to=2026-11-07&timeZone=America/Sao_Paulo";
        const Download csv = download(m_server, "/api/reports.csv?" + fields, m_team.owner.bearer);
        QCOMPARE(csv.status, 200);
        const QList<QStringList> records = parse(csv.body);
        QCOMPARE(records.size() - 1, csv.rows);
        QCOMPARE(records[0].value(0), "series");
        QCOMPARE(records[1].value(0), "total");
        QCOMPARE(records[1].value(5), "168"); // the week's hours
        QCOMPARE(records[2].value(3), "2026-11-01T00:00:00-03:00");
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        const auto reply = owner->request(
            "report",
            {{"from", "2026-11-01"}, {"to", "2026-11-07"}, {"timeZone", "America/Sao_Paulo"}});
        const QJsonObject report = reply->data.value("report").toObject();
        const qsizetype series = 1 + report.value("operators").toArray().size()
                                 + report.value("groups").toArray().size()
                                 + report.value("channels").toArray().size();
        QCOMPARE(records.size() - 1, series * 8); // the period, then its seven days

        // An operator's CSV holds only their own series; another operator's is refused.
        const Download bia = download(m_server, "/api/reports.csv?" + fields, m_team.bia.bearer);
        QCOMPARE(bia.status, 200);
        const QStringList operatorIds = [&] {
            QStringList ids;
            for (const QStringList &record : parse(bia.body)) {
                if (record.value(0) == "operator")
                    ids << record.value(1);
            }
            ids.removeDuplicates();
            return ids;
        }();
        QCOMPARE(operatorIds, QStringList{QString::number(m_team.bia.id)});
        QCOMPARE(download(m_server,
                          "/api/reports.csv?" + fields
                              + "&operatorId=" + QString::number(m_team.caio.id),
                          m_team.bia.bearer)
                     .status,
                 403);
        QCOMPARE(download(m_server, "/api/reports.csv?from=x", m_team.owner.bearer).status, 400);
    }

private:
    ServerProcess m_server;
    GroupTeam m_team;
    ReportFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
