#include "integrationfixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

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

        // Each message is sent until acknowledged, always the same request (QTRY sends it once
        // more when it checks): a failure while the connections come back is answered with an
        // error, and the client id makes the resends one message.
        QStringList sent;
        for (int i = 1; i <= 5; ++i) {
            const QJsonObject request = messageRequest(QStringLiteral("depois %1").arg(i));
            sent << request.value("text").toString();
            QTRY_COMPARE_WITH_TIMEOUT(codeOf(visitor->request("message", request)), QString("ack"),
                                      30000);
        }
        const QJsonObject reply = sendRequest(conversationId, "resposta depois");
        QTRY_COMPARE_WITH_TIMEOUT(codeOf(agent->request("send", reply)), QString("ack"), 30000);
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
