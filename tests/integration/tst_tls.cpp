#include "integrationfixture.h"

#include <testcertificates.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslSocket>
#include <QTest>

#include <csignal>

using namespace papo::testing;

namespace {

// The certificate a fresh TLS connection to the server is given.
QSslCertificate servedCertificate(quint16 port)
{
    QSslSocket socket;
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        return QSslCertificate();
    return socket.peerCertificate();
}

// `openssl s_client` with one protocol version: did the handshake succeed?
bool handshakeWith(quint16 port, const QString &version)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    // SECLEVEL=0 lets the client offer old versions at all: the server is what must refuse.
    client.start("openssl", {"s_client", "-connect", QString("127.0.0.1:%1").arg(port), version,
                             "-cipher", "DEFAULT:@SECLEVEL=0", "-brief"});
    client.closeWriteChannel();
    client.waitForFinished(30000);
    return client.exitCode() == 0 && client.readAll().contains("CONNECTION ESTABLISHED");
}

} // namespace

// --tls-cert/--tls-key: HTTPS and WSS on the one port, TLS 1.2 and newer only, a certificate
// reloaded on SIGHUP while connections stay up. A throw-away CA made with openssl.
class TestTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_certificates.createAuthority(), qPrintable(m_certificates.error()));
        QVERIFY2(m_certificates.createServer("first"), qPrintable(m_certificates.error()));
        QVERIFY2(m_certificates.createServer("second", true), qPrintable(m_certificates.error()));
        m_certificates.trustAuthority();
        // The server reads the files it was given again on SIGHUP: give it copies to replace.
        m_served = m_dir.filePath("served.pem");
        m_servedKey = m_dir.filePath("served.key");
        QVERIFY(QFile::copy(m_certificates.certificatePath("first"), m_served));
        QVERIFY(QFile::copy(m_certificates.keyPath("first"), m_servedKey));
        m_server.setExtraArguments({"--tls-cert", m_served, "--tls-key", m_servedKey});
        QVERIFY(m_server.start());
        QCOMPARE(m_server.httpUrl().scheme(), QString("https"));
    }

    void httpsAndWssOnOnePort()
    {
        QCOMPARE(m_server.get("/healthz").status, 200);
        const QString bearer = m_server.login();
        QVERIFY(!bearer.isEmpty());
        auto agent = connectOperator(m_server, bearer);
        QVERIFY(agent);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QVERIFY(say(*visitor, "Olá pela conexão segura") > 0);
        QVERIFY(agent->waitFor([](const papo::common::Envelope &e) {
            return e.type == "message" && e.data.value("text") == "Olá pela conexão segura";
        }));
        QCOMPARE(servedCertificate(m_server.httpUrl().port()), m_certificates.certificate("first"));
    }

    void plainHttpIsNotServedOnTheTlsPort()
    {
        QTcpSocket plain;
        plain.connectToHost("127.0.0.1", quint16(m_server.httpUrl().port()));
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        while (plain.waitForReadyRead(5000))
            answer += plain.readAll();
        QVERIFY2(!answer.contains("200 OK"), answer.constData());
    }

    void tlsBelow12IsRefused()
    {
        const quint16 port = quint16(m_server.httpUrl().port());
        QVERIFY(handshakeWith(port, "-tls1_2"));
        QVERIFY(handshakeWith(port, "-tls1_3"));
        QVERIFY(!handshakeWith(port, "-tls1_1"));
        QVERIFY(!handshakeWith(port, "-tls1"));
    }

    void sighupReloadsWithoutDroppingConnections()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QFile::remove(m_served);
        QFile::remove(m_servedKey);
        QVERIFY(QFile::copy(m_certificates.certificatePath("second"), m_served));
        QVERIFY(QFile::copy(m_certificates.keyPath("second"), m_servedKey));
        ::kill(pid_t(m_server.processId()), SIGHUP);
        const quint16 port = quint16(m_server.httpUrl().port());
        QTRY_COMPARE_WITH_TIMEOUT(servedCertificate(port), m_certificates.certificate("second"),
                                  20000);
        // The connection made before the reload keeps going, on its first certificate.
        QVERIFY(visitor->isConnected());
        QCOMPARE(visitor->socket().sslConfiguration().peerCertificate(),
                 m_certificates.certificate("first"));
        QVERIFY(say(*visitor, "ainda conectado") > 0);
    }

    // A broken file on reload leaves the server on the certificate it has.
    void badReloadKeepsTheCertificate()
    {
        QFile broken(m_served);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a certificate");
        broken.close();
        ::kill(pid_t(m_server.processId()), SIGHUP);
        QCOMPARE(m_server.get("/healthz").status, 200); // answered after the signal was read
        QCOMPARE(servedCertificate(quint16(m_server.httpUrl().port())),
                 m_certificates.certificate("second"));
        QVERIFY(m_server.isRunning());
    }

    void mismatchedKeyIsRefusedAtStart()
    {
        QProcess server;
        QTemporaryDir data;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(qEnvironmentVariable("PAPO_SERVER_BINARY"),
                     {"--listen", "127.0.0.1", "--port", "0", "--data-dir", data.path(),
                      "--tls-cert", m_certificates.certificatePath("first"), "--tls-key",
                      m_certificates.keyPath("second")});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 1);
        QVERIFY2(server.readAll().contains("is not the key of the certificate"), "says why");
    }

private:
    TestCertificates m_certificates;
    QTemporaryDir m_dir;
    QString m_served;
    QString m_servedKey;
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
