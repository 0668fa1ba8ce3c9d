#include "deskfixture.h"

#include "app/chatcontroller.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "net/outbox.h"
#include "net/serverconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

namespace {

int rowsWithText(const QAbstractItemModel &model, const QString &text)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(MessageModel::TextRole).toString() == text)
            ++count;
    }
    return count;
}

qint64 firstConversationId(const QAbstractItemModel &model)
{
    return model.rowCount() > 0 ? model.index(0, 0).data(ConversationListModel::IdRole).toLongLong()
                                : 0;
}

} // namespace

// ServerConnection + Outbox + ChatController against the real papo-server: a chat both
// ways, then the server goes away and comes back while both sides keep writing.
class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // historyIsPaged has one visitor write 60 lines in a row: not a rate-limit test.
        m_server.setExtraArguments({QStringLiteral("--rate-limit-scale"), QStringLiteral("0")});
        QVERIFY(startAndLogIn(m_server, &m_token));
    }

    void refusedTokenEndsTheSession()
    {
        ServerConnection connection;
        connection.setReconnectDelays(50ms, 100ms);
        QSignalSpy refused(&connection, &ServerConnection::authenticationFailed);
        connection.open(m_server.httpUrl(), QStringLiteral("not-a-real-token"));
        QVERIFY(refused.wait(10000));
        QCOMPARE(connection.state(), ServerConnection::State::Idle);
        QTest::qWait(300); // no reconnection attempts follow
        QCOMPARE(connection.state(), ServerConnection::State::Idle);
        QCOMPARE(refused.count(), 1);
    }

    void requestsWhileDisconnectedFailAtOnce()
    {
        ServerConnection connection;
        bool answered = false;
        connection.request(QStringLiteral("conversations"), {}, this,
                           [&](const RequestReply &reply) {
                               answered = true;
                               QVERIFY(!reply.ok);
                               QCOMPARE(reply.errorCode, RequestReply::Disconnected);
                           });
        QVERIFY(!answered); // never synchronously
        QTRY_VERIFY(answered);
    }

    void chatSurvivesAServerRestart()
    {
        DeskConnection desk;
        desk.connection.setReconnectDelays(100ms, 1000ms);
        QSignalSpy messageEvents(&desk.connection, &ServerConnection::messageReceived);
        QVERIFY(desk.connect(m_server, m_token));
        QCOMPARE(desk.controller.me().email, ServerProcess::ownerEmail());

        // A visitor starts a chat; it shows up in the queue.
        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitor);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Olá, o frete é grátis?")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.queue()->rowCount(), 1, 10000);
        const qint64 conversationId = firstConversationId(*desk.controller.queue());
        QVERIFY(conversationId > 0);

        desk.controller.openConversation(conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(
            rowsWithText(*desk.controller.messages(), QStringLiteral("Olá, o frete é grátis?")), 1,
            10000);

        // The operator replies: the visitor gets it and the chat becomes Mine.
        const QString reply1 = QStringLiteral("Oi! Sim, acima de R$ 200.");
        QVERIFY(!desk.controller.sendReply(reply1).isEmpty());
        QVERIFY(waitForOperatorText(*visitor, reply1));
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.mine()->rowCount(), 1, 10000);
        QTRY_COMPARE(desk.controller.queue()->rowCount(), 0);
        QTRY_COMPARE(desk.controller.outbox()->pendingCount(), 0);
        QCOMPARE(rowsWithText(*desk.controller.messages(), reply1), 1);

        // The server goes away. No attempt is scheduled before the visitor has written while
        // the desk is disconnected, so that those messages come back through the resume
        // (lastSeq); "Reconnect now" brings the desk back when the test says so.
        desk.connection.setReconnectDelays(1h, 1h);
        m_server.stop();
        visitor.reset();
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection.state(), ServerConnection::State::Disconnected,
                                  10000);

        // The operator writes while disconnected: the reply waits in the outbox.
        const QString reply2 = QStringLiteral("Ainda está aí? Posso ajudar com o pedido.");
        QVERIFY(!desk.controller.sendReply(reply2).isEmpty());
        QCOMPARE(desk.controller.outbox()->pendingCount(), 1);
        QCOMPARE(rowsWithText(*desk.controller.messages(), reply2), 1);
        const QModelIndex pending
            = desk.controller.messages()->index(desk.controller.messages()->rowCount() - 1);
        QCOMPARE(pending.data(MessageModel::DeliveryRole).toInt(),
                 int(MessageModel::Delivery::Pending));

        // The server is back (same data, same port); the visitor writes before the desk is back.
        QVERIFY(m_server.start());
        visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitor);
        const QString missed1 = QStringLiteral("Voltei. Quero **trocar** o tamanho.");
        const QString missed2 = QStringLiteral("É o pedido 1234");
        QVERIFY(visitorSays(*visitor, missed1) > 0);
        QVERIFY(visitorSays(*visitor, missed2) > 0);
        QCOMPARE(desk.connection.state(), ServerConnection::State::Disconnected);

        // The desk comes back: the queued reply goes out once, the missed messages come in once.
        desk.connection.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection.state(), ServerConnection::State::Connected,
                                  20000);
        QVERIFY(waitForOperatorText(*visitor, reply2));
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(*desk.controller.messages(), missed1), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(*desk.controller.messages(), missed2), 1, 10000);
        QTRY_COMPARE(desk.controller.outbox()->pendingCount(), 0);
        QTest::qWait(500); // time for any duplicate to show up
        QCOMPARE(countMessageEvents(*visitor, reply2), 1);
        QCOMPARE(rowsWithText(*desk.controller.messages(), reply2), 1);
        QCOMPARE(rowsWithText(*desk.controller.messages(), missed1), 1);
        QCOMPARE(rowsWithText(*desk.controller.messages(), missed2), 1);
        for (int row = 0; row < desk.controller.messages()->rowCount(); ++row)
            QCOMPARE(
                desk.controller.messages()->index(row).data(MessageModel::DeliveryRole).toInt(),
                int(MessageModel::Delivery::Delivered));

        // Every durable event reached the desk once.
        QSet<qint64> seen;
        for (const QList<QVariant> &arguments : std::as_const(messageEvents)) {
            const auto message = arguments.at(0).value<papo::common::ChatMessage>();
            QVERIFY2(!seen.contains(message.id),
                     qPrintable(QStringLiteral("message %1 twice").arg(message.id)));
            seen.insert(message.id);
        }

        // A reply whose answer is lost with the connection is sent again with the same cid and
        // still reaches the visitor once.
        desk.connection.setReconnectDelays(100ms, 1000ms);
        const QString reply3 = QStringLiteral("Troca registrada!");
        QVERIFY(!desk.controller.sendReply(reply3).isEmpty());
        desk.connection.dropConnection();
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection.state(), ServerConnection::State::Connected,
                                  10000);
        QVERIFY(waitForOperatorText(*visitor, reply3));
        QTRY_COMPARE(desk.controller.outbox()->pendingCount(), 0);
        QTest::qWait(500);
        QCOMPARE(countMessageEvents(*visitor, reply3), 1);
        QCOMPARE(rowsWithText(*desk.controller.messages(), reply3), 1);
    }

    void historyIsPaged()
    {
        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitor);
        for (int i = 1; i <= 60; ++i)
            QVERIFY(visitorSays(*visitor, QStringLiteral("linha %1").arg(i)) > 0);

        DeskConnection desk;
        QVERIFY(desk.connect(m_server, m_token));
        QTRY_VERIFY_WITH_TIMEOUT(desk.controller.queue()->rowCount() >= 1, 10000);
        // The newest conversation is on top of the queue.
        const qint64 conversationId = firstConversationId(*desk.controller.queue());
        desk.controller.openConversation(conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.messages()->rowCount(), 50, 10000);
        QTRY_VERIFY(!desk.controller.isLoadingHistory());
        QVERIFY(desk.controller.messages()->hasMore());
        QCOMPARE(desk.controller.messages()->index(49).data(MessageModel::TextRole).toString(),
                 QStringLiteral("linha 60"));
        desk.controller.loadOlderMessages();
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.messages()->rowCount(), 60, 10000);
        QTRY_VERIFY(!desk.controller.isLoadingHistory());
        QVERIFY(!desk.controller.messages()->hasMore());
        QCOMPARE(desk.controller.messages()->index(0).data(MessageModel::TextRole).toString(),
                 QStringLiteral("linha 1"));
    }

    void statusIsSentAndKept()
    {
        DeskConnection desk;
        QVERIFY(desk.connect(m_server, m_token));

        auto observer = std::make_unique<WsClient>();
        QVERIFY(observer->open(m_server.wsUrl(QStringLiteral("/ws/operator"))));
        QVERIFY(observer->request(QStringLiteral("hello"), {{QStringLiteral("token"), m_token}}));

        desk.controller.setStatus(papo::common::OperatorStatus::Invisible);
        const auto presence = observer->waitFor([](const papo::common::Envelope &event) {
            return event.type == QLatin1String("presence")
                   && event.data.value(QStringLiteral("status")).toString()
                          == QLatin1String("invisible");
        });
        QVERIFY(presence);
        QCOMPARE(desk.controller.status(), papo::common::OperatorStatus::Invisible);
    }

private:
    ServerProcess m_server;
    QString m_token;
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
