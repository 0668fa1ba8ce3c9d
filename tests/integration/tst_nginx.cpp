#include "integrationfixture.h"
#include "operatoraccounts.h"
#include "rawhttp.h"

#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

// A port nothing listens on now.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Real nginx (Debian's) on a free port, in front of papo-server nodes, with the location
// blocks the installer ships (installer/nginx/papo-locations.conf).
class Nginx
{
public:
    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }

    // `primary` takes every connection while it runs; `backup` only once it is down.
    bool start(const ServerProcess &primary, const ServerProcess &backup)
    {
        m_port = freePort();
        const QString dir = m_dir.path();
        QFile config(dir + "/nginx.conf");
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QString(R"(
%1
worker_processes 1;
error_log %2/error.log;
pid %2/nginx.pid;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path %2/body;
    proxy_temp_path %2/proxy;
    fastcgi_temp_path %2/fastcgi;
    uwsgi_temp_path %2/uwsgi;
    scgi_temp_path %2/scgi;
    map $http_upgrade $connection_upgrade { default upgrade; '' close; }
    upstream papo_nodes {
        server 127.0.0.1:%3 max_fails=1 fail_timeout=30s;
        server 127.0.0.1:%4 backup;
    }
    server {
        listen 127.0.0.1:%5;
        include %6/installer/nginx/papo-locations.conf;
    }
}
)")
                         // As root (CI), the workers stay root: the temporary directory is
                         // root's alone.
                         .arg(geteuid() == 0 ? "user root root;" : "", dir)
                         .arg(primary.httpUrl().port())
                         .arg(backup.httpUrl().port())
                         .arg(m_port)
                         .arg(PAPO_SOURCE_DIR)
                         .toUtf8());
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start("nginx", {"-p", dir, "-c", dir + "/nginx.conf", "-g", "daemon off;"});
        if (!m_process.waitForStarted())
            return false;
        // Ready once it accepts connections (or failed: then it has exited and says why).
        QTcpSocket probe;
        while (m_process.state() == QProcess::Running) {
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(1000))
                return true;
            probe.abort();
            m_process.waitForFinished(100); // a pause that ends at once if nginx stops
        }
        qWarning("nginx did not start: %s", m_process.readAll().constData());
        return false;
    }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path, const QString &scheme = "http") const
    {
        return QUrl(QString("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A visitor through nginx: a fresh one, or `token`'s resuming after `lastSeq`.
// The browser sits behind a proxy of its own, which says whom it forwards for: nginx adds the
// proxy's address, and the nodes (trusting loopback, where nginx and that proxy are) find the
// browser's.
std::unique_ptr<WsClient> visitorThrough(const Nginx &nginx, const QString &key, QString *token,
                                         qint64 lastSeq = -1)
{
    QNetworkRequest request(nginx.url("/ws/visitor", "ws"));
    request.setRawHeader("X-Forwarded-For", "203.0.113.7");
    auto client = std::make_unique<WsClient>();
    if (!client->open(request))
        return nullptr;
    const auto reply = client->request("hello", visitorHello(key, *token, lastSeq));
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *token = reply->data.value("token").toString();
    return client;
}

} // namespace

// docs/scaling.md, "Several nodes": the demo page, the widget's socket and uploads through
// nginx with the installer's locations, in front of two nodes on one PostgreSQL; the node the
// visitor is on is killed mid-conversation and the visitor's widget reconnects through nginx to
// the other, with nothing lost or repeated.
class TestNginx final : public QObject
{
    Q_OBJECT

private slots:
    void twoNodesBehindNginxSurviveTheDeathOfOne()
    {
        ServerProcess nodeA, nodeB;
        QString ana, bia;
        // X-Forwarded-For through nginx: the visitor's location is found from their address.
        const QStringList behindNginx{"--trusted-proxy", "127.0.0.1", "--geoip",
                                      qEnvironmentVariable("PAPO_TEST_MMDB")};
        nodeA.setExtraArguments(behindNginx);
        nodeB.setExtraArguments(behindNginx);
        QVERIFY(startWithOwnerAndBia(nodeA, &ana, &bia));
        nodeB.setDatabaseUrl(nodeA.databaseUrl());
        QVERIFY(nodeB.start());
        Nginx nginx;
        QVERIFY(nginx.start(nodeA, nodeB));

        // The demo page a team opens first, through nginx.
        RawHttp demo;
        QVERIFY(demo.open(nginx.port()));
        demo.write("GET /demo HTTP/1.1\r\nHost: chat.example\r\nConnection: close\r\n\r\n");
        QVERIFY(demo.waitForClosed());
        QVERIFY(demo.received().startsWith("HTTP/1.1 200"));
        QVERIFY(demo.received().contains(nodeA.websiteKey().toUtf8()));

        // An upload above the limit is refused by nginx before a byte of it is sent.
        RawHttp upload;
        QVERIFY(upload.open(nginx.port()));
        upload.write("POST /api/attachments HTTP/1.1\r\nHost: chat.example\r\n"
                     "Content-Type: image/png\r\nContent-Length: 12582912\r\n\r\n");
        QVERIFY(upload.readUntil("\r\n\r\n").startsWith("HTTP/1.1 413"));

        // A visitor through nginx (on node A), Ana in papo-desk on node B.
        auto anaOnB = connectOperator(nodeB, ana);
        QString token;
        auto visitor = visitorThrough(nginx, nodeA.websiteKey(), &token);
        QVERIFY(anaOnB && visitor);
        QVERIFY(anaOnB->waitForVisitor([](const QJsonObject &v) {
            return v.value("location").toObject().value("text")
                   == QStringLiteral("São Paulo, Brazil");
        }));
        const qint64 conversationId = say(*visitor, QStringLiteral("Meu pedido não chegou"));
        QVERIFY(conversationId > 0);
        QCOMPARE(codeOf(anaOnB->request("send", sendRequest(conversationId, "Vou verificar!"))),
                 QString("ack"));
        QVERIFY(visitor->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Vou verificar!");
        }));

        nodeA.kill();
        QVERIFY(visitor->waitForDisconnected());
        const qint64 lastSeq = newestSeq(*visitor);
        const QList<Envelope> before = visitor->eventsOfType("message");

        // Ana answers while the widget is away; it reconnects through nginx, now to node B.
        QCOMPARE(codeOf(anaOnB->request("send", sendRequest(conversationId, "Chega amanhã."))),
                 QString("ack"));
        auto again = visitorThrough(nginx, nodeA.websiteKey(), &token, lastSeq);
        QVERIFY(again);
        QCOMPARE(say(*again, QStringLiteral("Obrigado!")), conversationId);
        QVERIFY(anaOnB->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Obrigado!");
        }));
        QVERIFY(again->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Obrigado!");
        }));

        const QStringList expected{QStringLiteral("Meu pedido não chegou"), "Vou verificar!",
                                   QStringLiteral("Chega amanhã."), "Obrigado!"};
        QCOMPARE(messageTexts(before + again->eventsOfType("message")), expected);
        QCOMPARE(messageTexts(anaOnB->eventsOfType("message")), expected);
    }
};

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
