#include "integrationfixture.h"
#include "rawhttp.h"

#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;

namespace {

QByteArray status(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

// HTTP requests are bounded where their bytes arrive, however they arrive: a body over its
// route's limit is refused from the head, before it is read, and the server's memory stays put.
class TestHttpLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_bearer = m_server.login().toUtf8();
        QVERIFY(!m_bearer.isEmpty());
    }

    void slowHeadOfAHugeBodyIsRefusedUnread_data()
    {
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("login") << QByteArray("POST /api/login HTTP/1.1") << QByteArray()
                               << QByteArray("HTTP/1.1 413 Payload Too Large");
        QTest::newRow("attachment") << QByteArray("POST /api/attachments?conversationId=1&name=a "
                                                  "HTTP/1.1")
                                    << QByteArray("Authorization: Bearer x\r\n")
                                    << QByteArray("HTTP/1.1 413 Payload Too Large");
        QTest::newRow("attachment without a token")
            << QByteArray("POST /api/attachments?name=a HTTP/1.1") << QByteArray()
            << QByteArray("HTTP/1.1 401 Unauthorized");
        QTest::newRow("avatar") << QByteArray("POST /api/avatar HTTP/1.1")
                                << QByteArray("Authorization: Bearer x\r\n")
                                << QByteArray("HTTP/1.1 413 Payload Too Large");
    }
    // What a stranger did with the public docs: the head in three writes 150 ms apart,
    // declaring 200 MiB, then the body as fast as it goes — from ten connections at once.
    void slowHeadOfAHugeBodyIsRefusedUnread()
    {
        QFETCH(QByteArray, requestLine);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, answer);
        const qint64 residentBefore = m_server.residentKiB();
        QVERIFY(residentBefore > 0);
        const QByteArray head = requestLine + "\r\nHost: 127.0.0.1\r\n" + authorization
                                + "Content-Type: application/octet-stream\r\n"
                                  "Content-Length: 209715200\r\n\r\n";
        const qsizetype third = head.size() / 3;
        const QList<QByteArray> pieces{head.left(third), head.mid(third, third),
                                       head.mid(2 * third)};
        std::vector<std::unique_ptr<RawHttp>> strangers;
        for (int i = 0; i < 10; ++i) {
            strangers.push_back(std::make_unique<RawHttp>());
            QVERIFY(strangers.back()->open(m_server.httpUrl().port()));
        }
        for (const QByteArray &piece : pieces) {
            for (auto &stranger : strangers)
                stranger->write(piece);
            QTest::qWait(150); // the gap is the attack: each piece arrives in its own read
        }
        const QByteArray body(256 * 1024, 'x');
        for (auto &stranger : strangers) {
            const qint64 sent = stranger->sendUntilAnswered(body, 200LL * 1024 * 1024);
            QVERIFY2(sent < 200LL * 1024 * 1024, "answered long before the body ended");
            QCOMPARE(status(stranger->readUntil("\r\n\r\n")), answer);
            QVERIFY(stranger->waitForClosed());
        }
        const qint64 grownKiB = m_server.residentKiB() - residentBefore;
        qInfo("server memory grew by %lld KiB for ten 200 MiB bodies", grownKiB);
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(QString::number(grownKiB)));
        QCOMPARE(m_server.get(QStringLiteral("/healthz")).status, 200);
    }

    // The limit looks at the head whole, so a head split anywhere still works when it is fine.
    void splitHeadWithinLimitsWorks()
    {
        const QByteArray body
            = QJsonDocument(QJsonObject{{"email", ServerProcess::ownerEmail()},
                                        {"password", ServerProcess::ownerPassword()}})
                  .toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/json\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        RawHttp client;
        QVERIFY(client.open(m_server.httpUrl().port()));
        for (qsizetype at = 0; at < request.size(); at += 7) {
            client.write(request.mid(at, 7));
            client.socket().waitForBytesWritten(1000);
        }
        const QByteArray answer = client.readUntil("\"token\"");
        QCOMPARE(status(answer), QByteArray("HTTP/1.1 200 OK"));
    }

    void keepAliveRequestsFollowEachOther()
    {
        RawHttp client;
        QVERIFY(client.open(m_server.httpUrl().port()));
        client.write(
            "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
            "POST /api/logout HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        const QByteArray answers = client.readUntil("401 Unauthorized");
        QCOMPARE(answers.count("HTTP/1.1 200 OK"), 2);
        QCOMPARE(answers.count("HTTP/1.1 401 Unauthorized"), 1);
    }

    void malformedHeadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("chunked") << QByteArray("POST /api/login HTTP/1.1\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n")
                                 << QByteArray("HTTP/1.1 411 Length Required");
        QTest::newRow("two lengths") << QByteArray(
            "POST /api/login HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 9\r\n\r\n")
                                     << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("folded length")
            << QByteArray("POST /api/login HTTP/1.1\r\nX: y\r\n Content-Length: 9\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("head too large")
            << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(20000, 'y')
            << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    }
    void malformedHeadsAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, answer);
        RawHttp client;
        QVERIFY(client.open(m_server.httpUrl().port()));
        client.write(head);
        QCOMPARE(status(client.readUntil("\r\n\r\n")), answer);
        QVERIFY(client.waitForClosed());
    }

private:
    ServerProcess m_server;
    QByteArray m_bearer;
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
