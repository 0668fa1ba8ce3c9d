#include "integrationfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

// Sends the same request until it is acknowledged, for at most `timeoutMs`: a failure while the
// connections come back is answered with an error, and the client id makes the resends one
// message. The last answer's code: "ack" once it was (codeOf()).
QString untilAcknowledged(WsClient &client, const QString &type, const QJsonObject &request,
                          int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    QString code;
    while (code != QLatin1String("ack") && clock.elapsed() < timeoutMs) {
        if (!code.isEmpty())
            QTest::qWait(100); // an error came at once: pace the resends
        code = codeOf(client.request(type, request, 5000));
    }
    return code;
}

} // namespace

// PostgreSQL restarts under traffic (docs/scaling.md, "Failures"): every connection of the
// server breaks. They are opened again; what was acknowledged before is there, what failed
// meanwhile is sent again by the client (as the widget does) and stored once, and the chat
// goes on both ways. The cluster is this test's own: the run's shared one stays up.
class TestDatabaseRestart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = QStringLiteral("/tmp/papo-pgrestart-%1")
                        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        QVERIFY(cluster(QStringLiteral("start")));
        m_server.setDatabaseUrl(
            QStringLiteral("postgresql://postgres@/postgres?host=%1").arg(m_cluster));
        QVERIFY(m_server.start());
        m_owner = m_server.login();
        QVERIFY(!m_owner.isEmpty());
    }

    void cleanupTestCase()
    {
        m_server.stop();
        cluster(QStringLiteral("stop"));
    }

    void theChatGoesOnAfterTheDatabaseRestarts()
    {
        auto agent = connectOperator(m_server, m_owner);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(agent && visitor);
        const qint64 conversationId = say(*visitor, QStringLiteral("antes 1"));
        QVERIFY(conversationId > 0);
        QCOMPARE(codeOf(agent->request("send", sendRequest(conversationId, "resposta antes"))),
                 QString("ack"));

        QVERIFY(cluster(QStringLiteral("restart")));

        QStringList sent;
        for (int i = 1; i <= 5; ++i) {
            const QJsonObject request = messageRequest(QStringLiteral("depois %1").arg(i));
            sent << request.value("text").toString();
            QCOMPARE(untilAcknowledged(*visitor, "message", request), QString("ack"));
        }
        const QJsonObject reply = sendRequest(conversationId, "resposta depois");
        QCOMPARE(untilAcknowledged(*agent, "send", reply), QString("ack"));
        QVERIFY(visitor->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("resposta depois");
        }));
        QVERIFY(agent->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("resposta depois");
        }));

        const QStringList expected
            = QStringList{"antes 1", "resposta antes"} + sent + QStringList{"resposta depois"};
        QCOMPARE(messageTexts(agent->eventsOfType("message")), expected);
        QCOMPARE(messageTexts(visitor->eventsOfType("message")), expected);
        // A client that connects now reads the same history from the database.
        QString again = token;
        auto later = connectVisitor(m_server, &again, 0);
        QVERIFY(later);
        QTRY_COMPARE_WITH_TIMEOUT(messageTexts(later->eventsOfType("message")), expected, 20000);
        // Requests that met the database away were refused, never taken for a revoked token:
        // both stayed signed in on the sockets they had.
        QVERIFY(agent->isConnected());
        QVERIFY(visitor->isConnected());
    }

    void helloWhileTheDatabaseIsAway()
    {
        QVERIFY(cluster(QStringLiteral("pause")));
        // papo-desk's hello is refused for now, never taken for a revoked token (which would
        // sign the operator out and delete the desk's copy of the chats).
        WsClient desk;
        QVERIFY(desk.open(m_server.wsUrl("/ws/operator")));
        QCOMPARE(codeOf(desk.request("hello", {{"token", m_owner}})), QString("internal"));
        QVERIFY(desk.isConnected());
        // The widget's is refused and closed with "try again" (1011), never "invalid key"
        // (4003), which switches the widget off on the page.
        QString token;
        WsClient widget;
        QVERIFY(widget.open(m_server.wsUrl("/ws/visitor")));
        QCOMPARE(codeOf(widget.request("hello", visitorHello(m_server.websiteKey()))),
                 QString("internal"));
        QVERIFY(widget.waitForDisconnected());
        QCOMPARE(widget.closeCode(), 1011);
        // Over HTTP, "try again" (503) rather than "sign in again" (401).
        const QString export_
            = "/api/exports/visitors.csv?from=2026-11-01&to=2026-11-30&timeZone=America/Sao_Paulo";
        QCOMPARE(statusOfGet(m_server, export_, m_owner), 503);

        QVERIFY(cluster(QStringLiteral("resume")));
        // Said again once the database is back, both are answered.
        QCOMPARE(untilAcknowledged(desk, "hello", {{"token", m_owner}}), QString("ack"));
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QVERIFY(!token.isEmpty());
        QCOMPARE(statusOfGet(m_server, export_, m_owner), 200);
    }

private:
    bool cluster(const QString &action)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(QStringLiteral("sh"), {QStringLiteral(PAPO_PG_CLUSTER), action, m_cluster});
        return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit
               && script.exitCode() == 0;
    }

    QString m_cluster;
    ServerProcess m_server;
    QString m_owner;
};

QTEST_GUILESS_MAIN(TestDatabaseRestart)
#include "tst_databaserestart.moc"
