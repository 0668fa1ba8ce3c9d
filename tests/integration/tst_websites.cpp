#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// INS-1, INS-3 and WID-7's delivery: the website settings, the widget refused on foreign
// origins, and the widget files compressed and cacheable.
class TestWebsites final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia)); }

    void onlyAdminsSeeAndChangeWebsites()
    {
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(codeOf(bia->request("websites")), QString("forbidden"));
        QCOMPARE(codeOf(bia->request("update_website",
                                     {{"websiteId", 1}, {"allowedOrigins", QJsonArray()}})),
                 QString("forbidden"));
        auto owner = connectOperator(m_server, m_owner);
        const auto list = owner->request("websites");
        QCOMPARE(list->data.value("websites").toArray().first().toObject().value("key").toString(),
                 m_server.websiteKey());
    }

    void theWidgetLoadsOnlyOnAllowedOrigins()
    {
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(codeOf(owner->request(
                     "update_website",
                     {{"websiteId", 1}, {"allowedOrigins", QJsonArray{"shop.example"}}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(owner->request("update_website",
                                       {{"websiteId", 99}, {"allowedOrigins", QJsonArray()}})),
                 QString("not_found"));
        const auto updated = owner->request(
            "update_website",
            {{"websiteId", 1},
             {"allowedOrigins", QJsonArray{"https://Shop.example/", "https://*.loja.example"}}});
        QVERIFY(updated && updated->type == QLatin1String("ack"));
        QCOMPARE(updated->data.value("website").toObject().value("allowedOrigins").toArray(),
                 (QJsonArray{"https://shop.example", "https://*.loja.example"}));

        QCOMPARE(helloFrom("https://shop.example"), QString("ack"));
        QCOMPARE(helloFrom("https://www.loja.example"), QString("ack"));
        QCOMPARE(helloFrom("https://evil.example"), QString("origin_not_allowed"));
        QCOMPARE(m_lastCloseCode, 4005);
        QCOMPARE(helloFrom(QString()), QString("origin_not_allowed")); // no Origin: not a browser

        QVERIFY(
            owner->request("update_website", {{"websiteId", 1}, {"allowedOrigins", QJsonArray()}}));
        QCOMPARE(helloFrom("https://evil.example"), QString("ack")); // no list: anywhere again
    }

    void widgetFilesAreCompressedAndCacheable()
    {
        QNetworkAccessManager network;
        auto get = [&](const QByteArray &encoding, const QByteArray &etag) {
            QNetworkRequest request(m_server.httpUrl("/widget.js"));
            request.setRawHeader("Accept-Encoding", encoding); // set by hand: Qt leaves it packed
            if (!etag.isEmpty())
                request.setRawHeader("If-None-Match", etag);
            auto *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            reply->deleteLater();
            return reply;
        };
        QNetworkReply *packed = get("gzip", {});
        QCOMPARE(packed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(packed->rawHeader("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(packed->rawHeader("Cache-Control").contains("max-age"));
        const QByteArray etag = packed->rawHeader("ETag");
        QVERIFY(!etag.isEmpty());
        const QByteArray gzipped = packed->readAll();
        QVERIFY(gzipped.startsWith("\x1f\x8b")); // the gzip magic number
        QVERIFY(gzipped.size() < 30 * 1024);

        QNetworkReply *plain = get("identity", {});
        QVERIFY(plain->rawHeader("Content-Encoding").isEmpty());
        const QByteArray script = plain->readAll();
        QVERIFY(script.contains("/ws/visitor"));
        QVERIFY(gzipped.size() < script.size() / 2);

        QNetworkReply *again = get("gzip", etag);
        QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
    }

private:
    QString helloFrom(const QString &origin)
    {
        QNetworkRequest request(m_server.wsUrl("/ws/visitor"));
        if (!origin.isEmpty())
            request.setRawHeader("Origin", origin.toUtf8());
        WsClient client;
        if (!client.open(request))
            return QStringLiteral("not connected");
        const auto reply = client.request("hello", visitorHello(m_server.websiteKey()));
        if (reply && reply->type == QLatin1String("error")) {
            client.waitForDisconnected();
            m_lastCloseCode = client.closeCode();
        }
        return codeOf(reply);
    }

    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
    int m_lastCloseCode = 0;
};

QTEST_GUILESS_MAIN(TestWebsites)
#include "tst_websites.moc"
