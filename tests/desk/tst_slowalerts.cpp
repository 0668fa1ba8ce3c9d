#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/chatcontroller.h"
#include "app/slowalertscontroller.h"
#include "app/traynotifier.h"
#include "net/serverconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;
using papo::common::OperatorStatus;

// STA-5 end to end: Bia, invisible in papo-desk, opted in; Ana owns a chat and leaves the
// visitor waiting past the team's threshold (1 s here). Bia's tray says so, and she joins
// the chat and answers.
class TestSlowAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia)); }

    void anInvisibleOperatorJoinsAChatThatWaitedTooLong()
    {
        WsClient ana;
        QVERIFY(ana.open(m_server.wsUrl(QStringLiteral("/ws/operator"))));
        QVERIFY(ana.request(QStringLiteral("hello"), {{QStringLiteral("token"), m_ana}}));
        QCOMPARE(ana.request(QStringLiteral("set_slow_alerts"),
                             {{QStringLiteral("thresholdSeconds"), 1}})
                     ->type,
                 QStringLiteral("ack"));
        QCOMPARE(ana.request(QStringLiteral("set_status"),
                             {{QStringLiteral("status"), QStringLiteral("online")}})
                     ->type,
                 QStringLiteral("ack"));

        DeskConnection bia;
        TrayNotifier tray(&bia.controller);
        SlowAlertsController slowAlerts(&bia.connection);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        QVERIFY(bia.connect(m_server, m_bia));
        bia.controller.setStatus(OperatorStatus::Invisible);
        bool saved = false;
        slowAlerts.save(true, std::nullopt, this, [&](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        QVERIFY(slowAlerts.notifyWhenSlow());
        QVERIFY(!slowAlerts.mayChangeThreshold());

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        const auto first = visitor->request(
            QStringLiteral("message"),
            {{QStringLiteral("cid"), visitorClientId()}, {QStringLiteral("text"), "Oi"}});
        const qint64 conversationId = first->data.value(QStringLiteral("message"))
                                          .toObject()
                                          .value(QStringLiteral("conversationId"))
                                          .toInteger();
        QCOMPARE(ana.request(QStringLiteral("send"),
                             {{QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("cid"), visitorClientId()},
                              {QStringLiteral("text"), QStringLiteral("Já vejo")}})
                     ->type,
                 QStringLiteral("ack"));
        QVERIFY(visitorSays(*visitor, QStringLiteral("Alguém aí?")) > 0);

        const auto alertFor = [&](const QString &text) {
            for (const QList<QVariant> &shown : std::as_const(notified)) {
                if (shown.at(1).toString() == text)
                    return shown.at(0).toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!alertFor(QStringLiteral("Alguém aí?")).isEmpty(), 15000);
        QVERIFY(alertFor(QStringLiteral("Alguém aí?")).contains(QStringLiteral("waiting")));

        bia.controller.joinConversation(conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(bia.controller.openConversationId(), conversationId, 10000);
        QVERIFY(!bia.controller.sendReply(QStringLiteral("Oi, eu ajudo!")).isEmpty());
        QVERIFY(waitForOperatorText(*visitor, QStringLiteral("Oi, eu ajudo!")));
        QCOMPARE(bia.controller.status(),
                 OperatorStatus::Invisible); // STA-2: only typing changes it
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_MAIN(TestSlowAlerts)
#include "tst_slowalerts.moc"
