#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

bool isConversation(const Envelope &e, qint64 id, const QString &state)
{
    return e.type == QLatin1String("conversation")
           && e.data.value(QStringLiteral("id")).toInteger() == id
           && e.data.value(QStringLiteral("state")).toString() == state;
}

} // namespace

// Queue and ownership rules the server enforces (QUE-2, QUE-3, QUE-4, STA-2), with two
// operators. --queue-return 1 makes QUE-3's 120 s one second.
class TestQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({QStringLiteral("--queue-return"), QStringLiteral("1")});
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia));
    }

    void simultaneousFirstRepliesHaveExactlyOneOwner()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        QVERIFY(ana && bia);
        const qint64 conversationId = newConversation(QStringLiteral("Alguém aí?"));

        // Both frames leave before either answer arrives.
        ana->sendRaw(papo::common::encodeRequest(
            QStringLiteral("send"), QStringLiteral("a1"),
            sendRequest(conversationId, QStringLiteral("Oi, sou a Ana"))));
        bia->sendRaw(papo::common::encodeRequest(
            QStringLiteral("send"), QStringLiteral("b1"),
            sendRequest(conversationId, QStringLiteral("Oi, sou a Bia"))));
        auto reply = [](WsClient &client, const QString &id) {
            return client.waitFor([&](const Envelope &e) {
                return (e.type == QLatin1String("ack") || e.type == QLatin1String("error"))
                       && e.id == id;
            });
        };
        const auto anaReply = reply(*ana, QStringLiteral("a1"));
        const auto biaReply = reply(*bia, QStringLiteral("b1"));
        QVERIFY(anaReply && biaReply);
        QCOMPARE(QSet<QString>({anaReply->type, biaReply->type}), (QSet<QString>{"ack", "error"}));
        const auto &loser = anaReply->type == QLatin1String("error") ? *anaReply : *biaReply;
        QCOMPARE(loser.data.value(QStringLiteral("code")).toString(),
                 QStringLiteral("conversation_taken"));

        // Both see who owns it now.
        WsClient &loserClient = anaReply->type == QLatin1String("error") ? *ana : *bia;
        const auto taken = loserClient.waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId, QStringLiteral("open"));
        });
        QVERIFY(taken);
        QVERIFY(taken->data.value(QStringLiteral("ownerId")).toInteger() > 0);
        const auto history
            = ana->request(QStringLiteral("history"), {{"conversationId", conversationId}});
        QCOMPARE(history->data.value(QStringLiteral("messages")).toArray().size(),
                 2); // question + one reply
    }

    void unansweredMessageReturnsToTheQueue()
    {
        auto ana = connectOperator(m_server, m_ana);
        QVERIFY(ana);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, QStringLiteral("Quanto custa o frete?"));
        QCOMPARE(ana->request(QStringLiteral("send"),
                              sendRequest(conversationId, QStringLiteral("Já vejo!")))
                     ->type,
                 QStringLiteral("ack"));
        say(*visitor, QStringLiteral("E então?")); // the owner does not answer this one
        const auto returned = ana->waitFor(
            [&](const Envelope &e) {
                return isConversation(e, conversationId, QStringLiteral("queued"));
            },
            10000);
        QVERIFY(returned);
        QVERIFY(returned->data.value(QStringLiteral("ownerId")).isNull());
    }

    void answeredMessageStaysWithTheOwner()
    {
        auto ana = connectOperator(m_server, m_ana);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, QStringLiteral("Oi"));
        QCOMPARE(ana->request(QStringLiteral("send"),
                              sendRequest(conversationId, QStringLiteral("Olá!")))
                     ->type,
                 QStringLiteral("ack"));
        QVERIFY(ana->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId, QStringLiteral("open"));
        }));
        const qsizetype before = ana->eventsOfType(QStringLiteral("conversation")).size();
        say(*visitor, QStringLiteral("Tem o azul?"));
        QCOMPARE(ana->request(QStringLiteral("send"),
                              sendRequest(conversationId, QStringLiteral("Tem sim.")))
                     ->type,
                 QStringLiteral("ack"));
        // A clock made of events: another chat whose visitor waits unanswered, armed after
        // this one, returns to the queue; by then this one's return would have fired too.
        QString laterToken;
        auto later = connectVisitor(m_server, &laterToken);
        const qint64 laterId = say(*later, QStringLiteral("Olá?"));
        QCOMPARE(ana->request(QStringLiteral("send"),
                              sendRequest(laterId, QStringLiteral("Um momento.")))
                     ->type,
                 QStringLiteral("ack"));
        say(*later, QStringLiteral("Ok, espero."));
        QVERIFY(ana->waitFor(
            [&](const Envelope &e) { return isConversation(e, laterId, QStringLiteral("queued")); },
            10000));
        const auto after = ana->eventsOfType(QStringLiteral("conversation")).mid(before);
        QVERIFY(!after.isEmpty());
        for (const auto &event : after)
            QVERIFY(!isConversation(event, conversationId, QStringLiteral("queued")));
    }

    void dismissHidesAQueuedChatUntilTheVisitorWrites()
    {
        auto bia = connectOperator(m_server, m_bia);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, QStringLiteral("teste"));
        QCOMPARE(
            bia->request(QStringLiteral("dismiss"), {{"conversationId", conversationId}})->type,
            QStringLiteral("ack"));
        QVERIFY(bia->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId, QStringLiteral("queued"))
                   && e.data.value(QStringLiteral("dismissed")).toBool();
        }));
        say(*visitor, QStringLiteral("ainda preciso de ajuda"));
        QVERIFY(bia->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId, QStringLiteral("queued"))
                   && !e.data.value(QStringLiteral("dismissed")).toBool();
        }));

        QCOMPARE(bia->request(QStringLiteral("send"),
                              sendRequest(conversationId, QStringLiteral("Pois não?")))
                     ->type,
                 QStringLiteral("ack"));
        const auto owned
            = bia->request(QStringLiteral("dismiss"), {{"conversationId", conversationId}});
        QCOMPARE(owned->data.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        const auto missing = bia->request(QStringLiteral("dismiss"), {{"conversationId", 424242}});
        QCOMPARE(missing->data.value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
    }

    void invisibleOperatorTypingBecomesOnline()
    {
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(bia->request(QStringLiteral("set_status"), {{"status", "invisible"}})->type,
                 QStringLiteral("ack"));
        QString token;
        papo::common::Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        QCOMPARE(hello.data.value(QStringLiteral("mode")).toString(), QStringLiteral("messenger"));
        const qint64 conversationId = say(*visitor, QStringLiteral("olá?"));
        QCOMPARE(bia->request(QStringLiteral("typing"),
                              {{"conversationId", conversationId}, {"typing", true}})
                     ->type,
                 QStringLiteral("ack"));
        QVERIFY(bia->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("presence")
                   && e.data.value(QStringLiteral("status")) == QLatin1String("online");
        }));
        const auto mode = visitor->waitForEvent(QStringLiteral("mode"));
        QVERIFY(mode);
        QCOMPARE(mode->data.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        QCOMPARE(bia->request(QStringLiteral("set_status"), {{"status", "offline"}})->type,
                 QStringLiteral("ack"));
    }

private:
    qint64 newConversation(const QString &text)
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        return visitor ? say(*visitor, text) : 0;
    }

    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
