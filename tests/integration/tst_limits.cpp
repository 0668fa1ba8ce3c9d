#include "integrationfixture.h"
#include "operatoraccounts.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <sys/resource.h>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

// Rows in `table`, read straight from the running server's database (SQLite or PostgreSQL).
int countRows(const ServerProcess &server, const char *table)
{
    papo::server::Database database;
    if (!openServerDatabase(server, database))
        return -1;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return query.next() ? query.value(0).toInt() : -1;
}

// Requests sent at once, without waiting for answers; returns each id's answer code.
QStringList burst(WsClient &client, const QString &type, int count,
                  const std::function<QJsonObject()> &payload)
{
    for (int i = 0; i < count; ++i)
        client.sendRaw(papo::common::encodeRequest(type, QString("b%1").arg(i), payload()));
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        const QString id = QString("b%1").arg(i);
        codes << codeOf(client.waitFor([&](const Envelope &e) { return e.id == id; }));
    }
    return codes;
}

} // namespace

// What a stranger may send, and how often, against the real server (docs/security.md,
// "Limits"). The limits' arithmetic is in tst_server_ratelimiter; here they are reached the
// way a script would reach them, and a normal visitor keeps chatting.
class TestLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // 2,000 connections of our own, and the server's.
        struct rlimit limit = {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        QVERIFY(m_server.start());
    }

    void visitorMessagesBeyondTheBurstAreRefused()
    {
        auto visitor = connectVisitor(m_server, &m_token);
        QVERIFY(visitor);
        const int before = countRows(m_server, "messages");
        const QStringList codes
            = burst(*visitor, "message", 30, [] { return messageRequest("compra rápida"); });
        const int acked = int(codes.count("ack"));
        QVERIFY2(acked >= 20 && acked < 30, qPrintable(codes.join(',')));
        QCOMPARE(codes.count("rate_limited"), 30 - acked);
        QCOMPARE(countRows(m_server, "messages"), before + acked);
        // Refused, not cut off.
        QVERIFY(visitor->isConnected());
        // A script that keeps going is cut off: 20 refusals in a row close the socket.
        for (int i = 0; i < 60 && visitor->isConnected(); ++i)
            visitor->sendRaw(papo::common::encodeRequest("message", QString("f%1").arg(i),
                                                         messageRequest("de novo")));
        QVERIFY(visitor->waitForDisconnected());
        QCOMPARE(visitor->closeCode(), 4029);
        // The limit is per connection (and a generous one per address): the same visitor on a
        // new connection writes at once.
        auto again = connectVisitor(m_server, &m_token);
        QVERIFY(again);
        QVERIFY(say(*again, "voltei") > 0);
    }

    void typingFloodIsRefused()
    {
        QString token = m_token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        const QStringList codes = burst(*visitor, "typing", 30, [] {
            return QJsonObject{{"typing", true}, {"text", "olá"}};
        });
        QVERIFY2(codes.count("rate_limited") > 0, qPrintable(codes.join(',')));
        QVERIFY(codes.count("ack") >= 20);
    }

    // A script opening fresh visitors from one address: the burst is created, then each new
    // one is refused and closed with 4029, and nothing more is stored.
    void freshVisitorsFromOneAddressStop()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        int created = 0;
        std::unique_ptr<WsClient> refused;
        for (int i = 0; i < 100 && !refused; ++i) {
            auto client = std::make_unique<WsClient>();
            QVERIFY(client->open(m_server.wsUrl("/ws/visitor")));
            const auto reply = client->request("hello", visitorHello(m_server.websiteKey()));
            if (codeOf(reply) == "ack")
                ++created;
            else if (codeOf(reply) == "rate_limited")
                refused = std::move(client);
            else
                QFAIL(qPrintable(codeOf(reply)));
        }
        QVERIFY(refused);
        // The per-address burst (the first test's visitor was one), and one more every 2 s.
        const int allowed = 60 + int(elapsed.elapsed() / 2000) + 1;
        QVERIFY2(created < allowed, qPrintable(QString("%1 of %2").arg(created).arg(allowed)));
        QVERIFY(refused->waitForDisconnected());
        QCOMPARE(refused->closeCode(), 4029);
        const int visitors = countRows(m_server, "visitors");
        QElapsedTimer again;
        again.start();
        int acked = 0;
        for (int i = 0; i < 20; ++i) {
            WsClient client;
            QVERIFY(client.open(m_server.wsUrl("/ws/visitor")));
            const QString code
                = codeOf(client.request("hello", visitorHello(m_server.websiteKey())));
            if (code == "ack")
                ++acked;
            else
                QCOMPARE(code, QString("rate_limited"));
        }
        // Only what the bucket refilled meanwhile (one every 2 s, on a slow machine too).
        QVERIFY2(acked <= again.elapsed() / 2000 + 1, qPrintable(QString::number(acked)));
        QCOMPARE(countRows(m_server, "visitors"), visitors + acked);
    }

    // Slowloris: 1,000 connections that say nothing and 1,000 that send half a WebSocket
    // upgrade. A visitor with a token still chats meanwhile; every slow one is then closed,
    // the half heads with 408.
    void slowHandshakesTimeOutWhileAVisitorChats()
    {
        // A server of its own, so the short head timeout cannot touch the other tests' requests
        // on a loaded machine.
        ServerProcess server;
        server.setExtraArguments({"--head-timeout", "3"});
        QVERIFY(server.start());
        QString token;
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 2000; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), server.httpUrl().port());
            QVERIFY2(socket->waitForConnected(10000), qPrintable(QString::number(i)));
            if (i % 2)
                socket->write(
                    "GET /ws/visitor HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n");
            slow.push_back(std::move(socket));
        }
        auto visitor = connectVisitor(server, &token);
        QVERIFY(visitor);
        QVERIFY(say(*visitor, "ainda estou aqui") > 0);

        const auto allClosed = [&] {
            for (auto &socket : slow) {
                socket->waitForReadyRead(0);
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allClosed(), 60000);
        int timedOut = 0;
        for (int i = 1; i < 2000; i += 2)
            timedOut += slow[i]->readAll().startsWith("HTTP/1.1 408") ? 1 : 0;
        qInfo("%d of 1000 half heads got 408 before the close", timedOut);
        QVERIFY(timedOut > 0);
        QVERIFY(server.isRunning());
        QVERIFY(say(*visitor, "e agora?") > 0);
    }

    // A WebSocket that never says hello is closed with 4008 on either endpoint, while one
    // that said hello stays (a server of its own, with --hello-timeout 1).
    void aSocketWithoutHelloIsClosed()
    {
        ServerProcess server;
        server.setExtraArguments({"--hello-timeout", "1"});
        QVERIFY(server.start());
        QString token;
        auto visitor = connectVisitor(server, &token);
        QVERIFY(visitor);
        for (const QString path : {QStringLiteral("/ws/visitor"), QStringLiteral("/ws/operator")}) {
            WsClient silent;
            QVERIFY(silent.open(server.wsUrl(path)));
            QVERIFY2(silent.waitForDisconnected(20000), qPrintable(path));
            QCOMPARE(silent.closeCode(), int(papo::common::CloseHelloTimeout));
        }
        QVERIFY(visitor->isConnected());
        QVERIFY(say(*visitor, "ainda aqui") > 0);
    }

    // 200 logins at once: the password checks run two at a time, so the server stays within
    // a budget of 2 × 64 MiB for them; those that cannot wait are "busy".
    void parallelLoginsStayWithinTheMemoryBudget()
    {
        const QByteArray body
            = QJsonDocument(QJsonObject{{"email", ServerProcess::ownerEmail()},
                                        {"password", ServerProcess::ownerPassword()}})
                  .toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/json\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const qint64 before = m_server.residentKiB();
        std::vector<std::unique_ptr<RawHttp>> clients;
        for (int i = 0; i < 200; ++i) {
            clients.push_back(std::make_unique<RawHttp>());
            QVERIFY(clients.back()->open(m_server.httpUrl().port()));
        }
        for (auto &client : clients)
            client->write(request);
        int ok = 0;
        int busy = 0;
        for (auto &client : clients) {
            const QByteArray head = client->readUntil("\r\n\r\n", 60000);
            ok += head.startsWith("HTTP/1.1 200") ? 1 : 0;
            busy += head.startsWith("HTTP/1.1 503") ? 1 : 0;
            if (!head.startsWith("HTTP/1.1 200") && !head.startsWith("HTTP/1.1 503"))
                qInfo("%s", head.left(300).constData());
        }
        QCOMPARE(ok + busy, 200);
        QVERIFY(ok >= 2);
        QVERIFY(busy > 0);
        const qint64 grownMiB = (m_server.peakResidentKiB() - before) / 1024;
        qInfo("200 logins at once: %d in, %d busy; peak memory %lld MiB above before", ok, busy,
              grownMiB);
        // 2 × 64 MiB for the hashes, and room for the sanitizer's own bookkeeping.
        QVERIFY2(grownMiB < 4 * 64, qPrintable(QString::number(grownMiB)));
    }

    // Pages a browser renders carry the security headers; the demo runs only its own scripts.
    void securityHeaders()
    {
        const auto demo = m_server.get("/demo");
        QCOMPARE(demo.status, 200);
        const QByteArray policy = demo.headers.value("content-security-policy");
        QVERIFY2(policy.contains("script-src 'self' 'nonce-"), policy.constData());
        QVERIFY(policy.contains("frame-ancestors 'none'"));
        QVERIFY(!policy.contains("unsafe-eval"));
        const QByteArray nonce = policy.mid(policy.indexOf("'nonce-") + 7).split('\'').value(0);
        QVERIFY(nonce.size() >= 16);
        QVERIFY(demo.body.contains("nonce=\"" + nonce + "\""));
        QVERIFY(!m_server.get("/demo").headers.value("content-security-policy").contains(nonce));
        const auto missing = m_server.get("/no-such-page");
        QCOMPARE(missing.status, 404);
        for (const auto *answer : {&demo, &missing}) {
            QCOMPARE(answer->headers.value("x-content-type-options"), QByteArray("nosniff"));
            QCOMPARE(answer->headers.value("x-frame-options"), QByteArray("DENY"));
            QVERIFY(answer->headers.contains("referrer-policy"));
        }
        QVERIFY(missing.headers.value("content-security-policy").contains("sandbox"));
    }

private:
    ServerProcess m_server;
    QString m_token; // a visitor's, so later tests need no new visitor
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
