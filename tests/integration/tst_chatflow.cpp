#include "integrationfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;

// A visitor and an operator talking through the real server binary.
class TestChatFlow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->start());
        m_bearer = m_server->login();
        QVERIFY(!m_bearer.isEmpty());
    }
    void cleanup() { m_server.reset(); }

    void messageRoundTrip()
    {
        auto agent = connectOperator(*m_server, m_bearer);
        QVERIFY(agent);
        QCOMPARE(agent
                     ->request(QStringLiteral("set_status"),
                               {{QStringLiteral("status"), QStringLiteral("online")}})
                     ->type,
                 QStringLiteral("ack"));

        QString token;
        papo::common::Envelope hello;
        auto visitor = connectVisitor(*m_server, &token, -1, &hello);
        QVERIFY(visitor);
        QVERIFY(!token.isEmpty());
        QCOMPARE(hello.data.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        QCOMPARE(hello.data.value(QStringLiteral("operators")).toArray().size(), 1);

        const auto sent = visitor->request(QStringLiteral("message"),
                                           messageRequest(QStringLiteral("Oi, o frete é grátis?")));
        QVERIFY(sent);
        QCOMPARE(sent->type, QStringLiteral("ack"));
        const QJsonObject stored = sent->data.value(QStringLiteral("message")).toObject();
        QCOMPARE(stored.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Oi, o frete é grátis?"));
        QVERIFY(!sent->data.value(QStringLiteral("duplicate")).toBool());

        const auto event = agent->waitForEvent(QStringLiteral("message"));
        QVERIFY(event);
        QCOMPARE(event->data.value(QStringLiteral("id")).toInteger(),
                 stored.value(QStringLiteral("id")).toInteger());
        QVERIFY(event->seq > 0); // its stream position
        QCOMPARE(event->data.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Oi, o frete é grátis?"));
        const auto conversation = agent->waitForEvent(QStringLiteral("conversation"));
        QVERIFY(conversation);
        QCOMPARE(conversation->data.value(QStringLiteral("state")).toString(),
                 QStringLiteral("queued"));
        const qint64 conversationId = conversation->data.value(QStringLiteral("id")).toInteger();

        QJsonObject reply = messageRequest(QStringLiteral("Sim, acima de R$ 200."));
        reply.insert(QStringLiteral("conversationId"), conversationId);
        QCOMPARE(agent->request(QStringLiteral("send"), reply)->type, QStringLiteral("ack"));

        const auto delivered = visitor->waitFor([](const papo::common::Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value(QStringLiteral("author"))
                              .toObject()
                              .value(QStringLiteral("kind"))
                          == QLatin1String("operator");
        });
        QVERIFY(delivered);
        QCOMPARE(delivered->data.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Sim, acima de R$ 200."));
        QCOMPARE(delivered->data.value(QStringLiteral("author"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Owner"));

        // QUE-2: the reply made the operator the owner.
        const auto list = agent->request(QStringLiteral("conversations"));
        const QJsonObject first
            = list->data.value(QStringLiteral("conversations")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QVERIFY(first.value(QStringLiteral("ownerId")).toInteger() > 0);
    }

    void historySurvivesRestart()
    {
        QString token;
        auto visitor = connectVisitor(*m_server, &token);
        QVERIFY(visitor);
        QCOMPARE(
            visitor->request(QStringLiteral("message"), messageRequest(QStringLiteral("primeira")))
                ->type,
            QStringLiteral("ack"));
        QCOMPARE(
            visitor->request(QStringLiteral("message"), messageRequest(QStringLiteral("segunda")))
                ->type,
            QStringLiteral("ack"));
        visitor.reset();

        QVERIFY(m_server->restart());
        papo::common::Envelope hello;
        const QString oldToken = token;
        visitor = connectVisitor(*m_server, &token, -1, &hello);
        QVERIFY(visitor);
        QCOMPARE(token, oldToken);
        const QJsonArray messages = hello.data.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("primeira"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("segunda"));

        auto agent = connectOperator(*m_server, m_bearer); // the bearer token survives too
        QVERIFY(agent);
        const qint64 conversationId
            = messages.at(0).toObject().value(QStringLiteral("conversationId")).toInteger();
        const auto history = agent->request(QStringLiteral("history"),
                                            {{QStringLiteral("conversationId"), conversationId}});
        QCOMPARE(history->data.value(QStringLiteral("messages")).toArray().size(), 2);
    }

    void resumeDeliversEveryMissedEventOnce()
    {
        QString token;
        auto visitor = connectVisitor(*m_server, &token);
        QVERIFY(visitor);
        const auto first
            = visitor->request(QStringLiteral("message"), messageRequest(QStringLiteral("antes")));
        const qint64 conversationId = first->data.value(QStringLiteral("message"))
                                          .toObject()
                                          .value(QStringLiteral("conversationId"))
                                          .toInteger();

        auto agent = connectOperator(*m_server, m_bearer);
        QVERIFY(agent);
        const auto agentHello = agent->received().first();
        const qint64 agentSeq = agentHello.data.value(QStringLiteral("lastSeq")).toInteger();
        agent.reset(); // the operator drops

        QStringList missedByAgent;
        for (const QString &text :
             {QStringLiteral("um"), QStringLiteral("dois"), QStringLiteral("três")}) {
            QCOMPARE(visitor->request(QStringLiteral("message"), messageRequest(text))->type,
                     QStringLiteral("ack"));
            missedByAgent << text;
        }
        const qint64 visitorSeq = visitor->eventsOfType(QStringLiteral("message")).last().seq;
        visitor.reset(); // the visitor drops too

        agent = connectOperator(*m_server, m_bearer, agentSeq);
        QVERIFY(agent);
        for (const QString &text : {QStringLiteral("resposta 1"), QStringLiteral("resposta 2")}) {
            QJsonObject reply = messageRequest(text);
            reply.insert(QStringLiteral("conversationId"), conversationId);
            QCOMPARE(agent->request(QStringLiteral("send"), reply)->type, QStringLiteral("ack"));
        }
        QStringList agentGot;
        const auto agentEvents = agent->eventsOfType(QStringLiteral("message"));
        for (const auto &event : agentEvents)
            agentGot << event.data.value(QStringLiteral("text")).toString();
        QCOMPARE(agentGot,
                 (missedByAgent
                  + QStringList{QStringLiteral("resposta 1"), QStringLiteral("resposta 2")}));

        visitor = connectVisitor(*m_server, &token, visitorSeq);
        QVERIFY(visitor);
        QVERIFY(visitor->waitFor([](const papo::common::Envelope &e) {
            return e.data.value(QStringLiteral("text")) == QLatin1String("resposta 2");
        }));
        QTest::qWait(100); // nothing more may follow
        QStringList visitorGot;
        const auto visitorEvents = visitor->eventsOfType(QStringLiteral("message"));
        for (const auto &event : visitorEvents)
            visitorGot << event.data.value(QStringLiteral("text")).toString();
        QCOMPARE(visitorGot,
                 (QStringList{QStringLiteral("resposta 1"), QStringLiteral("resposta 2")}));
    }

    void resentClientIdIsStoredOnce()
    {
        auto agent = connectOperator(*m_server, m_bearer);
        QVERIFY(agent);
        QString token;
        auto visitor = connectVisitor(*m_server, &token);
        QVERIFY(visitor);
        const QJsonObject request = messageRequest(QStringLiteral("só uma vez"));
        const auto first = visitor->request(QStringLiteral("message"), request);
        visitor.reset(); // lost the ack? the widget resends after reconnecting
        visitor = connectVisitor(*m_server, &token);
        const auto second = visitor->request(QStringLiteral("message"), request);
        QVERIFY(first && second);
        QVERIFY(second->data.value(QStringLiteral("duplicate")).toBool());
        QCOMPARE(second->data.value(QStringLiteral("message")),
                 first->data.value(QStringLiteral("message")));

        const qint64 conversationId = first->data.value(QStringLiteral("message"))
                                          .toObject()
                                          .value(QStringLiteral("conversationId"))
                                          .toInteger();
        const auto history = agent->request(QStringLiteral("history"),
                                            {{QStringLiteral("conversationId"), conversationId}});
        QCOMPARE(history->data.value(QStringLiteral("messages")).toArray().size(), 1);
        QCOMPARE(agent->eventsOfType(QStringLiteral("message")).size(), 1);

        // Operators' resends are deduplicated the same way.
        QJsonObject reply = messageRequest(QStringLiteral("resposta"));
        reply.insert(QStringLiteral("conversationId"), conversationId);
        const auto replyAck = agent->request(QStringLiteral("send"), reply);
        const auto replyAgain = agent->request(QStringLiteral("send"), reply);
        QVERIFY(replyAgain->data.value(QStringLiteral("duplicate")).toBool());
        QCOMPARE(replyAgain->data.value(QStringLiteral("message")),
                 replyAck->data.value(QStringLiteral("message")));
        const auto after = agent->request(QStringLiteral("history"),
                                          {{QStringLiteral("conversationId"), conversationId}});
        QCOMPARE(after->data.value(QStringLiteral("messages")).toArray().size(), 2);
    }

    void widgetModeFollowsOperatorStatus()
    {
        QString token;
        papo::common::Envelope hello;
        auto visitor = connectVisitor(*m_server, &token, -1, &hello);
        QVERIFY(visitor);
        QCOMPARE(hello.data.value(QStringLiteral("mode")).toString(), QStringLiteral("messenger"));

        auto agent = connectOperator(*m_server, m_bearer);
        auto setStatus = [&](const QString &status) {
            return agent
                ->request(QStringLiteral("set_status"), {{QStringLiteral("status"), status}})
                ->type;
        };
        auto nextMode = [&] {
            const auto event = visitor->waitForEvent(QStringLiteral("mode"));
            return event ? event->data.value(QStringLiteral("mode")).toString() : QString();
        };
        QCOMPARE(setStatus(QStringLiteral("online")), QStringLiteral("ack"));
        QCOMPARE(nextMode(), QStringLiteral("live"));
        QCOMPARE(setStatus(QStringLiteral("invisible")), QStringLiteral("ack"));
        QCOMPARE(nextMode(), QStringLiteral("messenger"));
        QCOMPARE(setStatus(QStringLiteral("online")), QStringLiteral("ack"));
        QCOMPARE(nextMode(), QStringLiteral("live"));
        agent.reset(); // closing the app leaves nobody online
        QCOMPARE(nextMode(), QStringLiteral("messenger"));

        // The chosen status is kept: reconnecting makes the operator live again.
        agent = connectOperator(*m_server, m_bearer);
        QVERIFY(agent);
        QCOMPARE(agent->received()
                     .first()
                     .data.value(QStringLiteral("operator"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("online"));
        QCOMPARE(nextMode(), QStringLiteral("live"));
    }

    void visitorsNeverSeeEachOthersMessages()
    {
        QString tokenA, tokenB;
        auto a = connectVisitor(*m_server, &tokenA);
        auto b = connectVisitor(*m_server, &tokenB);
        QVERIFY(a && b);
        QVERIFY(tokenA != tokenB);
        QCOMPARE(
            a->request(QStringLiteral("message"), messageRequest(QStringLiteral("segredo de A")))
                ->type,
            QStringLiteral("ack"));
        QVERIFY(a->waitForEvent(QStringLiteral("message")));
        QCOMPARE(
            b->request(QStringLiteral("message"), messageRequest(QStringLiteral("de B")))->type,
            QStringLiteral("ack"));
        const auto bEvents = b->eventsOfType(QStringLiteral("message"));
        for (const auto &event : bEvents)
            QVERIFY(event.data.value(QStringLiteral("text")) != QLatin1String("segredo de A"));

        // B reconnecting with its own token sees only its own history.
        papo::common::Envelope hello;
        b = connectVisitor(*m_server, &tokenB, -1, &hello);
        const QJsonArray history = hello.data.value(QStringLiteral("messages")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("de B"));
    }

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_bearer;
};

QTEST_GUILESS_MAIN(TestChatFlow)
#include "tst_chatflow.moc"
