#include "integrationfixture.h"
#include "operatoraccounts.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// Every bad input gets a clear error, stores nothing, and leaves the server serving others.
class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_bearer = m_server.login();
        QVERIFY(!m_bearer.isEmpty());
    }

    void init() { m_countsBefore = storedCounts(); }

    void malformedFramesGetErrors_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{oops") << "bad_json";
        QTest::newRow("json array") << QByteArray("[1,2]") << "bad_json";
        QTest::newRow("no type") << QByteArray(R"({"id":"1","d":{}})") << "bad_envelope";
        QTest::newRow("numeric type") << QByteArray(R"({"t":5})") << "bad_envelope";
        QTest::newRow("data not object")
            << QByteArray(R"({"t":"message","d":"x"})") << "bad_envelope";
        QTest::newRow("unknown type")
            << QByteArray(R"({"t":"delete_everything","id":"9"})") << "unknown_type";
        QTest::newRow("before hello")
            << QByteArray(R"({"t":"typing","id":"2","d":{"conversationId":1,"typing":true}})")
            << "hello_required";
    }
    void malformedFramesGetErrors()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        for (const QString &path :
             {QStringLiteral("/ws/visitor"), QStringLiteral("/ws/operator")}) {
            WsClient client;
            QVERIFY(client.open(m_server.wsUrl(path)));
            client.sendRaw(frame);
            const auto error = client.waitForEvent(QStringLiteral("error"));
            QVERIFY2(error, qPrintable(path));
            QCOMPARE(error->data.value(QStringLiteral("code")).toString(), code);
            QVERIFY(!error->data.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(client.isConnected()); // one bad frame does not cost the connection
        }
        QCOMPARE(storedCounts(), m_countsBefore);
    }

    // docs/protocol.md: every request with an id gets exactly one ack or error, whatever its
    // type, on both endpoints.
    void answerTypesFromAClientGetOneError()
    {
        for (const QString &path :
             {QStringLiteral("/ws/visitor"), QStringLiteral("/ws/operator")}) {
            WsClient client;
            QVERIFY(client.open(m_server.wsUrl(path)));
            client.sendRaw(R"({"t":"ack","id":"r9","d":{}})");
            client.sendRaw(R"({"t":"error","id":"r10","code":"x","message":"y","d":{}})");
            // The server answers in order: once the last request is answered, so are these.
            client.sendRaw(R"({"t":"hello","id":"last","d":{"key":""}})");
            QVERIFY(client.waitFor([](const Envelope &e) { return e.id == "last"; }));
            for (const QString &id : {QStringLiteral("r9"), QStringLiteral("r10")}) {
                int answers = 0;
                for (const Envelope &frame : client.received()) {
                    if (frame.id == id) {
                        ++answers;
                        QCOMPARE(frame.type, QStringLiteral("error"));
                        QCOMPARE(frame.data.value("code").toString(),
                                 QStringLiteral("unknown_type"));
                    }
                }
                QVERIFY2(answers == 1, qPrintable(path + ' ' + id));
            }
        }
    }

    // Frames of megabytes end with the documented 1009 at the client, not a reset (1006):
    // the server sends its close frame and reads the rest of the frame before closing.
    void megabyteFramesCloseWith1009_data()
    {
        QTest::addColumn<int>("mebibytes");
        QTest::newRow("1 MiB") << 1;
        QTest::newRow("2 MiB") << 2;
        QTest::newRow("4 MiB") << 4;
    }
    void megabyteFramesCloseWith1009()
    {
        QFETCH(int, mebibytes);
        const QByteArray frame = papo::common::encodeRequest(
            QStringLiteral("message"), QStringLiteral("big"),
            messageRequest(QString(mebibytes * 1024 * 1024, QLatin1Char('x'))));
        for (int attempt = 0; attempt < 5; ++attempt) {
            for (const QString &path :
                 {QStringLiteral("/ws/visitor"), QStringLiteral("/ws/operator")}) {
                WsClient client;
                QVERIFY(client.open(m_server.wsUrl(path)));
                client.sendRaw(frame);
                QVERIFY(client.waitForDisconnected());
                QCOMPARE(client.closeCode(), 1009);
            }
        }
        QCOMPARE(storedCounts(), m_countsBefore);
    }

    // The stranger's way: a client still writing its frame when the server gives up on it.
    // The close frame must reach it all the same, not be lost to a reset.
    void frameStillArrivingGetsItsCloseFrame()
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            RawHttp client;
            QVERIFY(client.open(m_server.httpUrl().port()));
            client.write("GET /ws/visitor HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n\r\n");
            QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
            // A masked text frame of 4 MiB (64-bit length), mask 0: the payload is as written.
            QByteArray header("\x81\xff", 2);
            for (int shift = 56; shift >= 0; shift -= 8)
                header += char((quint64(4 * 1024 * 1024) >> shift) & 0xff);
            header += QByteArray(4, '\0');
            client.write(header);
            const QByteArray chunk(64 * 1024, 'x');
            for (int i = 0; i < 64 && client.socket().state() == QAbstractSocket::ConnectedState;
                 ++i) {
                client.socket().write(chunk);
                client.socket().waitForBytesWritten(2000);
            }
            client.waitForClosed();
            const QByteArray received = client.received();
            const qsizetype close = received.indexOf("\x88");
            QVERIFY2(close >= 0, "a close frame arrived");
            QCOMPARE(quint8(received.at(close + 2)) << 8 | quint8(received.at(close + 3)), 1009);
        }
    }

    void invalidMessageFieldsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::newRow("empty text") << QJsonObject{{"cid", "abcdefgh"}, {"text", "   "}};
        QTest::newRow("text too long")
            << QJsonObject{{"cid", "abcdefgh"}, {"text", QString(5001, QLatin1Char('a'))}};
        QTest::newRow("text not string") << QJsonObject{{"cid", "abcdefgh"}, {"text", 42}};
        QTest::newRow("short cid") << QJsonObject{{"cid", "abc"}, {"text", "oi"}};
        QTest::newRow("cid with spaces") << QJsonObject{{"cid", "abc def ghi"}, {"text", "oi"}};
        QTest::newRow("no cid") << QJsonObject{{"text", "oi"}};
        QTest::newRow("NUL in text")
            << QJsonObject{{"cid", "abcdefgh"}, {"text", QString("oi") + QChar(0) + "!"}};
    }
    void invalidMessageFieldsAreRefused()
    {
        QFETCH(QJsonObject, request);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        // The hello itself stores a visitor and a page view; a page_view ack means both landed.
        QCOMPARE(
            visitor->request(QStringLiteral("page_view"), {{"url", "https://shop.example/"}})->type,
            QStringLiteral("ack"));
        m_countsBefore = storedCounts();
        const auto reply = visitor->request(QStringLiteral("message"), request);
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("error"));
        QCOMPARE(reply->data.value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(storedCounts(), m_countsBefore);
    }

    void oversizedFrameClosesOnlyThatSocket()
    {
        QString token;
        auto bystander = connectVisitor(m_server, &token);
        QVERIFY(bystander);
        QString attackerToken;
        auto attacker = connectVisitor(m_server, &attackerToken);
        QVERIFY(attacker);
        QCOMPARE(attacker->request(QStringLiteral("page_view"), {{"url", "https://shop.example/"}})
                     ->type,
                 QStringLiteral("ack"));
        m_countsBefore = storedCounts();

        const QString huge(70 * 1024, QLatin1Char('x'));
        attacker->sendRaw(papo::common::encodeRequest(QStringLiteral("message"),
                                                      QStringLiteral("big"), messageRequest(huge)));
        QVERIFY(attacker->waitForDisconnected());
        QCOMPARE(attacker->closeCode(), 1009);
        QCOMPARE(storedCounts(), m_countsBefore);

        const auto reply = bystander->request(QStringLiteral("message"),
                                              messageRequest(QStringLiteral("ainda aqui")));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("ack"));
    }

    void wrongWebsiteKeyIsRefused()
    {
        WsClient client;
        QVERIFY(client.open(m_server.wsUrl(QStringLiteral("/ws/visitor"))));
        const auto reply = client.request(QStringLiteral("hello"),
                                          visitorHello(QStringLiteral("not-a-real-key")));
        QVERIFY(reply);
        QCOMPARE(reply->data.value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_key"));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 4003);
        QCOMPARE(storedCounts(), m_countsBefore);
    }

    void badOperatorTokensAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("hello");
        QTest::newRow("wrong token") << QJsonObject{{"token", "definitely-not-a-token"}};
        QTest::newRow("no token") << QJsonObject{};
        QTest::newRow("visitor token") << QJsonObject{{"token", "x"}};
    }
    void badOperatorTokensAreRefused()
    {
        QFETCH(QJsonObject, hello);
        WsClient client;
        QVERIFY(client.open(m_server.wsUrl(QStringLiteral("/ws/operator"))));
        const auto reply = client.request(QStringLiteral("hello"), hello);
        QVERIFY(reply);
        QCOMPARE(reply->data.value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 4001);
    }

    void revokedTokenIsRefused()
    {
        const QString bearer = m_server.login();
        auto agent = connectOperator(m_server, bearer);
        QVERIFY(agent);
        QCOMPARE(m_server.post(QStringLiteral("/api/logout"), {}, bearer.toUtf8()).status, 204);

        // The open connection ends at once...
        QVERIFY(agent->waitForDisconnected());
        QCOMPARE(agent->closeCode(), 4001);
        // ...and a new one is refused at hello.
        QVERIFY(!connectOperator(m_server, bearer));
        QCOMPARE(m_server.post(QStringLiteral("/api/logout"), {}, bearer.toUtf8()).status, 401);
    }

    void unknownConversationIsNotFound_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("request");
        QTest::newRow("history") << "history" << QJsonObject{{"conversationId", 987654}};
        QTest::newRow("send") << "send"
                              << QJsonObject{{"conversationId", 987654},
                                             {"cid", "abcdefgh1"},
                                             {"text", "oi"}};
        QTest::newRow("typing") << "typing"
                                << QJsonObject{{"conversationId", 987654}, {"typing", true}};
    }
    void unknownConversationIsNotFound()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, request);
        auto agent = connectOperator(m_server, m_bearer);
        QVERIFY(agent);
        const auto reply = agent->request(type, request);
        QVERIFY(reply);
        QCOMPARE(reply->data.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        QCOMPARE(storedCounts(), m_countsBefore);
    }

    void invalidOperatorFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("request");
        QTest::newRow("status unknown") << "set_status" << QJsonObject{{"status", "busy"}};
        QTest::newRow("status missing") << "set_status" << QJsonObject{};
        QTest::newRow("history id string") << "history" << QJsonObject{{"conversationId", "1"}};
        QTest::newRow("history limit")
            << "history" << QJsonObject{{"conversationId", 1}, {"limit", 1000}};
        QTest::newRow("send no text")
            << "send" << QJsonObject{{"conversationId", 1}, {"cid", "abcdefgh"}};
        QTest::newRow("NUL in a note")
            << "add_note" << QJsonObject{{"visitorId", 1}, {"text", QString("a") + QChar(0)}};
    }
    void invalidOperatorFieldsAreRefused()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, request);
        auto agent = connectOperator(m_server, m_bearer);
        QVERIFY(agent);
        const auto reply = agent->request(type, request);
        QVERIFY(reply);
        QCOMPARE(reply->data.value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(storedCounts(), m_countsBefore);
    }

    void serverStillServesEveryone()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QCOMPARE(
            visitor
                ->request(QStringLiteral("message"), messageRequest(QStringLiteral("tudo certo?")))
                ->type,
            QStringLiteral("ack"));
        QVERIFY(m_server.isRunning());
    }

private:
    // Rows in the tables a request could write to, read straight from the server's database.
    QList<int> storedCounts()
    {
        QList<int> counts;
        papo::server::Database database;
        if (openServerDatabase(m_server, database)) {
            for (const char *table : {"visitors", "conversations", "messages", "page_views"}) {
                QSqlQuery query(database.connection());
                query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
                counts << (query.next() ? query.value(0).toInt() : -1);
            }
        }
        return counts;
    }

    ServerProcess m_server;
    QString m_bearer;
    QList<int> m_countsBefore;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
