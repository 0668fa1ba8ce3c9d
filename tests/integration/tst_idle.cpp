#include "integrationfixture.h"

#include <QTcpSocket>
#include <QTest>

using namespace papo::testing;

// Idle sockets are pinged, and closed when they stay silent (--idle-timeout 1).
class TestIdle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        QVERIFY(m_server.start());
    }

    void silentPeerIsPingedThenClosed()
    {
        // A hand-made WebSocket client that never answers a ping.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(m_server.httpUrl().port()));
        QVERIFY(raw.waitForConnected(5000));
        raw.write("GET /ws/visitor HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray received;
        while (!received.contains("\r\n\r\n") && raw.waitForReadyRead(5000))
            received += raw.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 101"), received.constData());
        received = received.mid(received.indexOf("\r\n\r\n") + 4);

        while (raw.state() == QAbstractSocket::ConnectedState && raw.waitForReadyRead(10000))
            received += raw.readAll();
        if (raw.state() == QAbstractSocket::ConnectedState)
            raw.waitForDisconnected(5000);
        QCOMPARE(raw.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(received.size() >= 2 && quint8(received.at(0)) == 0x89, "a ping came first");
        QVERIFY2(received.contains(char(0x88)), "then a close frame");
    }

    void answeringPeerStaysConnected()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QTest::qWait(3500); // three idle periods; QWebSocket answers each ping itself
        QVERIFY(visitor->isConnected());
        const auto reply = visitor->request(QStringLiteral("message"),
                                            messageRequest(QStringLiteral("ainda aqui")));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("ack"));
    }

private:
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestIdle)
#include "tst_idle.moc"
