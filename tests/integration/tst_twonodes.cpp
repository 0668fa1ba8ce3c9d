#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// docs/scaling.md, "Several nodes": two papo-server processes on one PostgreSQL. A visitor on
// node A chats with operators on node B and on node A; everything one node's client does
// reaches the clients of the other (the messages from the database in position order, the
// live frames through node_frames), once.
class TestTwoNodes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_nodeA, &m_ana, &m_bia));
        m_nodeB.setDatabaseUrl(m_nodeA.databaseUrl());
        QVERIFY(m_nodeB.start());
    }

    void aVisitorOnOneNodeChatsWithAnOperatorOnTheOther()
    {
        auto anaOnB = connectOperator(m_nodeB, m_ana);
        auto biaOnA = connectOperator(m_nodeA, m_bia);
        QString token;
        auto visitor = connectVisitor(m_nodeA, &token);
        QVERIFY(anaOnB && biaOnA && visitor);
        const qint64 anaId = operatorIdOf(*anaOnB);

        // QUE-1: the new chat is in the queue of the operator on the other node.
        const qint64 conversationId = say(*visitor, QStringLiteral("Olá, o frete é grátis?"));
        QVERIFY(conversationId > 0);
        QVERIFY(anaOnB->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text").toString() == QStringLiteral("Olá, o frete é grátis?");
        }));
        QVERIFY(anaOnB->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && e.data.value("state").toString() == QLatin1String("queued");
        }));

        // CHT-3: typing, both ways.
        QCOMPARE(codeOf(visitor->request("typing", {{"typing", true}, {"text", "E para o RS"}})),
                 QString("ack"));
        QVERIFY(anaOnB->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("typing")
                   && e.data.value("text").toString() == QLatin1String("E para o RS");
        }));
        QCOMPARE(codeOf(anaOnB->request("typing",
                                        {{"conversationId", conversationId}, {"typing", true}})),
                 QString("ack"));
        QVERIFY(visitor->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("typing") && e.data.value("typing").toBool();
        }));

        // QUE-2: the first reply takes the chat, whichever node the second one is sent to.
        const auto reply = anaOnB->request("send", sendRequest(conversationId, "Oi! É sim."));
        QCOMPARE(codeOf(reply), QString("ack"));
        const qint64 replyId = reply->data.value("message").toObject().value("id").toInteger();
        QCOMPARE(codeOf(biaOnA->request("send", sendRequest(conversationId, "Oi, sou a Bia"))),
                 QString("conversation_taken"));
        QVERIFY(visitor->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("message") && e.data.value("id").toInteger() == replyId;
        }));
        QVERIFY(biaOnA->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && e.data.value("ownerId").toInteger() == anaId;
        }));

        // CHT-5: read marks, both ways.
        QCOMPARE(codeOf(visitor->request("read", {{"upToId", replyId}})), QString("ack"));
        QVERIFY(anaOnB->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("read") && e.data.value("by") == QLatin1String("visitor")
                   && e.data.value("upToId").toInteger() == replyId;
        }));
        QCOMPARE(codeOf(anaOnB->request("read",
                                        {{"conversationId", conversationId}, {"upToId", replyId}})),
                 QString("ack"));
        QVERIFY(visitor->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("read") && e.data.value("upToId").toInteger() == replyId;
        }));

        // CHT-4: an edit on node B reaches the visitor and the other operator on node A.
        QCOMPARE(codeOf(anaOnB->request(
                     "edit", {{"messageId", replyId}, {"text", "Oi! É sim, acima de R$ 99."}})),
                 QString("ack"));
        for (WsClient *client : {visitor.get(), biaOnA.get()})
            QVERIFY(client->waitFor([&](const Envelope &e) {
                return e.type == QLatin1String("message_edited")
                       && e.data.value("text").toString()
                              == QStringLiteral("Oi! É sim, acima de R$ 99.");
            }));

        // STA-2: a status set on node B shows on node A.
        QCOMPARE(codeOf(anaOnB->request("set_status", {{"status", "invisible"}})), QString("ack"));
        QVERIFY(biaOnA->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("presence") && e.data.value("operatorId") == anaId
                   && e.data.value("status") == QLatin1String("invisible");
        }));
        QCOMPARE(codeOf(anaOnB->request("set_status", {{"status", "online"}})), QString("ack"));

        // CHT-8: closed on node B, closed for the operator on node A.
        QCOMPARE(codeOf(anaOnB->request("close", {{"conversationId", conversationId}})),
                 QString("ack"));
        QVERIFY(biaOnA->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && e.data.value("closed").toBool();
        }));

        // The visitor writes again: each client has every message once, in position order.
        const qint64 again = say(*visitor, QStringLiteral("Obrigado!"));
        QCOMPARE(again, conversationId);
        for (WsClient *client : {visitor.get(), anaOnB.get(), biaOnA.get()})
            QVERIFY(client->waitFor([&](const Envelope &e) {
                return e.type == QLatin1String("message")
                       && e.data.value("text").toString() == QLatin1String("Obrigado!");
            }));
        for (WsClient *client : {visitor.get(), anaOnB.get(), biaOnA.get()}) {
            QList<qint64> seqs;
            for (const Envelope &event : client->eventsOfType("message"))
                seqs << event.seq;
            QCOMPARE(seqs.size(), 3);
            QVERIFY2(std::is_sorted(seqs.cbegin(), seqs.cend())
                         && QSet<qint64>(seqs.cbegin(), seqs.cend()).size() == seqs.size(),
                     "each message once, oldest first");
        }
    }

    // QUE-2 across nodes: of two first replies sent at once to two nodes exactly one is stored,
    // and the other operator is told the chat is taken. A race: a few rounds, to meet it.
    void simultaneousFirstRepliesOnTwoNodesHaveOneOwner()
    {
        auto anaOnB = connectOperator(m_nodeB, m_ana);
        auto biaOnA = connectOperator(m_nodeA, m_bia);
        QVERIFY(anaOnB && biaOnA);
        const auto answer = [](WsClient &client, const QString &id) {
            return client.waitFor([&](const Envelope &e) {
                return (e.type == QLatin1String("ack") || e.type == QLatin1String("error"))
                       && e.id == id;
            });
        };
        for (int round = 0; round < 5; ++round) {
            QString token;
            auto visitor = connectVisitor(round % 2 ? m_nodeA : m_nodeB, &token);
            QVERIFY(visitor);
            const qint64 conversationId = say(*visitor, QStringLiteral("Alguém aí?"));
            QVERIFY(conversationId > 0);

            // Both frames leave before either answer arrives.
            const QString anaId = QString("a%1").arg(round), biaId = QString("b%1").arg(round);
            anaOnB->sendRaw(
                papo::common::encodeRequest("send", anaId, sendRequest(conversationId, "Ana")));
            biaOnA->sendRaw(
                papo::common::encodeRequest("send", biaId, sendRequest(conversationId, "Bia")));
            const auto anaAnswer = answer(*anaOnB, anaId);
            const auto biaAnswer = answer(*biaOnA, biaId);
            QVERIFY(anaAnswer && biaAnswer);
            QCOMPARE(QSet<QString>({anaAnswer->type, biaAnswer->type}),
                     (QSet<QString>{"ack", "error"}));
            const Envelope &loser
                = anaAnswer->type == QLatin1String("error") ? *anaAnswer : *biaAnswer;
            QCOMPARE(loser.data.value("code").toString(), QString("conversation_taken"));
            const Envelope &winner
                = anaAnswer->type == QLatin1String("ack") ? *anaAnswer : *biaAnswer;
            const QString winnerText
                = winner.data.value("message").toObject().value("text").toString();
            // Only the winner's reply was stored: the visitor's next message follows it.
            QCOMPARE(say(*visitor, QStringLiteral("Oi!")), conversationId);
            QVERIFY(visitor->waitFor([&](const Envelope &e) {
                return e.type == QLatin1String("message")
                       && e.data.value("text") == QLatin1String("Oi!");
            }));
            QCOMPARE(messageTexts(visitor->eventsOfType("message")),
                     (QStringList{QStringLiteral("Alguém aí?"), winnerText, "Oi!"}));
        }
    }

    // GRP-1 across nodes: a group made through node A rules who sees what on node B at once
    // (node B reads the groups again when node A tells it, before the `groups` frame comes).
    void aGroupMadeOnOneNodeRulesTheOther()
    {
        auto anaOnA = connectOperator(m_nodeA, m_ana);
        auto biaOnB = connectOperator(m_nodeB, m_bia);
        QVERIFY(anaOnA && biaOnB);
        QVERIFY(createGroup(*anaOnA, "Atacado", {operatorIdOf(*anaOnA)}) > 0);
        QVERIFY(biaOnB->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("groups")
                   && e.data.value("groups").toArray().size() == 1;
        }));

        // A visitor of the new group on node B: Ana sees the chat, Bia (not a member) does not.
        WsClient wholesale;
        QVERIFY(wholesale.open(m_nodeB.wsUrl("/ws/visitor")));
        QJsonObject hello = visitorHello(m_nodeB.websiteKey());
        hello.insert("group", "atacado");
        QCOMPARE(codeOf(wholesale.request("hello", hello)), QString("ack"));
        QVERIFY(say(wholesale, QStringLiteral("Preço para 500 unidades?")) > 0);
        QVERIFY(anaOnA->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QStringLiteral("Preço para 500 unidades?");
        }));
        // An ungrouped visitor's message after it reaches Bia; messages come in position order,
        // so the group's would have come first.
        QString token;
        auto retail = connectVisitor(m_nodeB, &token);
        QVERIFY(retail);
        QVERIFY(say(*retail, QStringLiteral("Oi")) > 0);
        QVERIFY(biaOnB->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Oi");
        }));
        for (const Envelope &event : biaOnB->eventsOfType("message"))
            QVERIFY2(event.data.value("text") != QStringLiteral("Preço para 500 unidades?"),
                     "Bia saw a chat of a group she is not in");
    }

    // A node dies (kill -9) in the middle of a chat: its visitor reconnects to the other node
    // (as nginx would send them), resumes from the last message it has and resends what was
    // not acknowledged with the same client ids, as the widget does. Nothing is lost or
    // repeated on either side, and the order is kept.
    void aNodeKilledMidConversationLosesNothing()
    {
        ServerProcess doomed;
        doomed.setDatabaseUrl(m_nodeA.databaseUrl());
        QVERIFY(doomed.start());
        auto anaOnB = connectOperator(m_nodeB, m_ana);
        QString token;
        auto visitor = connectVisitor(doomed, &token);
        QVERIFY(anaOnB && visitor);
        const qint64 conversationId = say(*visitor, QStringLiteral("pergunta 0"));
        QVERIFY(conversationId > 0);
        QCOMPARE(codeOf(anaOnB->request("send", sendRequest(conversationId, "resposta 0"))),
                 QString("ack"));

        // Ten messages leave at once; the node dies while it stores and sends them.
        QList<QJsonObject> sent;
        for (int i = 1; i <= 10; ++i) {
            sent << messageRequest(QString("pergunta %1").arg(i));
            visitor->sendRaw(
                papo::common::encodeRequest("message", QString("m%1").arg(i), sent.last()));
        }
        QVERIFY(anaOnB->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text").toString().startsWith("pergunta ")
                   && e.data.value("text") != QLatin1String("pergunta 0");
        }));
        doomed.kill();
        QVERIFY(visitor->waitForDisconnected());
        // What the visitor had before the node died, and which of its messages were answered.
        const qint64 lastSeq = newestSeq(*visitor);
        QSet<QString> acknowledged;
        for (const Envelope &frame : visitor->received()) {
            if (frame.type == QLatin1String("ack") && frame.id.startsWith('m'))
                acknowledged << frame.id;
        }
        const QList<Envelope> before = visitor->eventsOfType("message");

        auto again = connectVisitor(m_nodeB, &token, lastSeq);
        QVERIFY(again);
        for (int i = 1; i <= 10; ++i) {
            if (!acknowledged.contains(QString("m%1").arg(i)))
                QCOMPARE(codeOf(again->request("message", sent.at(i - 1))), QString("ack"));
        }
        QCOMPARE(codeOf(anaOnB->request("send", sendRequest(conversationId, "resposta 1"))),
                 QString("ack"));
        QVERIFY(again->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("resposta 1");
        }));
        QVERIFY(anaOnB->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("resposta 1");
        }));

        QStringList expected{"pergunta 0", "resposta 0"};
        for (int i = 1; i <= 10; ++i)
            expected << QString("pergunta %1").arg(i);
        expected << "resposta 1";
        QCOMPARE(messageTexts(before + again->eventsOfType("message")), expected);
        QCOMPARE(messageTexts(anaOnB->eventsOfType("message")), expected);
    }

    // Presence, notifications and deadlines across nodes, on two nodes of their own (a queue
    // return of 20 s): an operator on one node is online for the visitors of the other, is
    // notified of what those visitors write, and stops counting when their node dies; the
    // node that stored the visitor's message dies and the other returns the chat to the queue.
    void presenceNotificationsAndClocksFollowTheVisitorAcrossNodes()
    {
        const QStringList queueReturn{QStringLiteral("--queue-return"), QStringLiteral("20")};
        ServerProcess nodeC, nodeD;
        nodeC.setExtraArguments(queueReturn);
        QString ana, bia;
        QVERIFY(startWithOwnerAndBia(nodeC, &ana, &bia));
        nodeD.setDatabaseUrl(nodeC.databaseUrl());
        nodeD.setExtraArguments(queueReturn);
        QVERIFY(nodeD.start());
        // The node's heartbeat timeout (15 s) is in these waits.
        const auto modeComes = [](WsClient &visitor, const QString &mode) {
            return visitor
                .waitFor(
                    [&](const Envelope &e) {
                        return e.type == QLatin1String("mode") && e.data.value("mode") == mode;
                    },
                    40000)
                .has_value();
        };

        // STA-1: the widget on node D follows an operator who connects to node C, and leaves.
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(nodeD, &token, -1, &hello);
        QVERIFY(visitor);
        QCOMPARE(hello.data.value("mode").toString(), QString("messenger"));
        auto anaOnC = connectOperator(nodeC, ana);
        QVERIFY(anaOnC);
        QVERIFY(modeComes(*visitor, "live"));
        anaOnC->close();
        QVERIFY(modeComes(*visitor, "messenger"));
        anaOnC = connectOperator(nodeC, ana);
        QVERIFY(anaOnC);
        QVERIFY(modeComes(*visitor, "live"));

        // VIS-1: the visitors-online list of node C shows the visitor on node D and their page
        // (node D lists its visitors once a second).
        const QString page = QStringLiteral("https://loja.example/frete");
        QCOMPARE(codeOf(visitor->request("page_view",
                                         {{"url", page}, {"title", "Frete"}, {"referrer", ""}})),
                 QString("ack"));
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        const auto listedOnC = [&] {
            const auto reply = anaOnC->request("visitors");
            const QJsonArray list = reply ? reply->data.value("visitors").toArray() : QJsonArray();
            for (const QJsonValue &entry : list) {
                const QJsonObject listed = entry.toObject();
                if (listed.value("id").toInteger() == visitorId)
                    return listed;
            }
            return QJsonObject();
        };
        const auto pageOf = [](const QJsonObject &visitor) {
            return visitor.value("currentPage").toObject().value("url").toString();
        };
        // (Listed at first with the page of their hello; the page view follows a tick later.)
        QVERIFY(QTest::qWaitFor([&] { return pageOf(listedOnC()) == page; }, 10000));
        QVERIFY(listedOnC().value("online").toBool());
        // ... and so does their panel (PAN-1) opened on node C.
        const auto panel = anaOnC->request("visitor", {{"visitorId", visitorId}});
        QVERIFY(panel && panel->type == QLatin1String("ack"));
        const QJsonObject details = panel->data.value("visitor").toObject();
        QVERIFY(details.value("online").toBool());
        QCOMPARE(pageOf(details), page);

        // NOT-1: what the visitor on node D writes is notified to the operator on node C.
        const qint64 conversationId = say(*visitor, QStringLiteral("Oi, vocês entregam hoje?"));
        QVERIFY(conversationId > 0);
        QVERIFY(anaOnC->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("notify")
                   && e.data.value("reason") == QLatin1String("queued")
                   && e.data.value("conversationId").toInteger() == conversationId;
        }));
        QCOMPARE(codeOf(anaOnC->request("send", sendRequest(conversationId, "Entregamos sim!"))),
                 QString("ack"));
        const qint64 unanswered = say(*visitor, QStringLiteral("Até que horas?"));
        QVERIFY(anaOnC->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("notify")
                   && e.data.value("reason") == QLatin1String("message")
                   && e.data.value("text") == QStringLiteral("Até que horas?");
        }));
        QVERIFY(unanswered > 0);

        // Bia is the only one online, on node D (her status set there, her client there), and a
        // second visitor watches from node C.
        auto biaOnD = connectOperator(nodeD, bia);
        QVERIFY(biaOnD);
        QCOMPARE(codeOf(biaOnD->request("set_status", {{"status", "online"}})), QString("ack"));
        QCOMPARE(codeOf(anaOnC->request("set_status", {{"status", "invisible"}})), QString("ack"));
        QString watcherToken;
        Envelope watcherHello;
        auto watcher = connectVisitor(nodeC, &watcherToken, -1, &watcherHello);
        QVERIFY(watcher);
        if (watcherHello.data.value("mode") != QLatin1String("live")) // before node C heard of Bia
            QVERIFY(modeComes(*watcher, "live"));

        // Node D dies: Bia stops counting after its heartbeat's timeout, and the chat it stored
        // the unanswered message of goes back to the queue by node C's clock (QUE-3).
        nodeD.kill();
        QVERIFY(modeComes(*watcher, "messenger"));
        QVERIFY(listedOnC().isEmpty()); // node D's visitors went with its heartbeat
        QVERIFY(anaOnC->waitFor(
            [&](const Envelope &e) {
                return e.type == QLatin1String("conversation")
                       && e.data.value("id").toInteger() == conversationId
                       && e.data.value("state") == QLatin1String("queued")
                       && e.data.value("ownerId").toInteger() == 0;
            },
            40000));
    }

private:
    ServerProcess m_nodeA, m_nodeB;
    QString m_ana, m_bia;
};

QTEST_GUILESS_MAIN(TestTwoNodes)
#include "tst_twonodes.moc"
