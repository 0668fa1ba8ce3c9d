#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QJsonObject handOver(qint64 conversationId, qint64 operatorId)
{
    return {{"conversationId", conversationId}, {"operatorId", operatorId}};
}

bool isConversation(const Envelope &e, qint64 id)
{
    return e.type == QLatin1String("conversation") && e.data.value("id").toInteger() == id;
}

QList<qint64> participantsOf(const Envelope &conversation)
{
    QList<qint64> ids;
    const QJsonArray participants = conversation.data.value("participants").toArray();
    for (const QJsonValue &id : participants)
        ids.append(id.toInteger());
    return ids;
}

} // namespace

// Handing a chat over to a teammate (CHT-2) on the real server: ownership moves, the caller
// leaves, the teammate is told even while invisible, the visitor learns nothing, and the
// queue return (QUE-3) follows the new owner. --queue-return 1 makes QUE-3's 120 s one.
class TestHandOver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({"--queue-return", "1"});
        QVERIFY(m_server.start());
        QVERIFY(addOperator(m_server.dataDir(), "bia@papo.test", "Bia", "senha-da-bia"));
        QVERIFY(addOperator(m_server.dataDir(), "caio@papo.test", "Caio", "senha-do-caio"));
        QVERIFY(addOperator(m_server.dataDir(), "davi@papo.test", "Davi", "senha-do-davi"));
        m_ana = m_server.login();
        m_bia = m_server.login("bia@papo.test", "senha-da-bia");
        m_caio = m_server.login("caio@papo.test", "senha-do-caio");
        const QString davi = m_server.login("davi@papo.test", "senha-do-davi");
        QVERIFY(!m_ana.isEmpty() && !m_bia.isEmpty() && !m_caio.isEmpty() && !davi.isEmpty());

        auto ana = connectOperator(m_server, m_ana);
        const auto team = ana->request("team");
        QVERIFY(team && team->type == QLatin1String("ack"));
        const QJsonArray operators = team->data.value("operators").toArray();
        for (const QJsonValue &value : operators) {
            const QJsonObject teammate = value.toObject();
            const QString email = teammate.value("email").toString();
            const qint64 id = teammate.value("id").toInteger();
            if (email == QLatin1String("bia@papo.test"))
                m_biaId = id;
            else if (email == QLatin1String("caio@papo.test"))
                m_caioId = id;
            else if (email == QLatin1String("davi@papo.test"))
                m_daviId = id;
            else {
                m_anaId = id;
            }
        }
        QVERIFY(m_anaId > 0 && m_biaId > 0 && m_caioId > 0 && m_daviId > 0);
        QCOMPARE(codeOf(ana->request("set_active", {{"operatorId", m_daviId}, {"active", false}})),
                 QString("ack"));
        // A name no other text of the chat contains, to look for it in what the visitor gets.
        m_anaName = QStringLiteral("Anastácia Prudente");
        QCOMPARE(codeOf(ana->request("update_profile", {{"name", m_anaName}})), QString("ack"));
    }

    void handOverMovesOwnershipAndTheCallerLeaves()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        auto caio = connectOperator(m_server, m_caio);
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "invisible"}})), QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Meu pedido não chegou");
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Vou verificar"))),
                 QString("ack"));
        const qsizetype visitorFramesBefore = visitor->received().size();

        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_biaId))),
                 QString("ack"));

        // Bia is told, though invisible: `invited` and a notification.
        const auto invited = bia->waitForEvent("invited");
        QVERIFY(invited);
        QCOMPARE(invited->data.value("conversationId").toInteger(), conversationId);
        QCOMPARE(invited->data.value("byOperatorId").toInteger(), m_anaId);
        const auto notified = bia->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("notify")
                   && e.data.value("reason").toString() == QLatin1String("invited")
                   && e.data.value("conversationId").toInteger() == conversationId;
        });
        QVERIFY(notified);
        QVERIFY(caio->eventsOfType("invited").isEmpty());

        // Every operator sees the new owner; Ana is no longer in it.
        for (WsClient *client : {ana.get(), caio.get()}) {
            const auto changed = client->waitFor([&](const Envelope &e) {
                return isConversation(e, conversationId)
                       && e.data.value("ownerId").toInteger() == m_biaId;
            });
            QVERIFY(changed);
            QCOMPARE(participantsOf(*changed), QList<qint64>{m_biaId});
        }

        // Ana can no longer write in it; Bia can, and only she is named to the visitor.
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Ainda estou aqui"))),
                 QString("conversation_taken"));
        QCOMPARE(codeOf(ana->request("close", {{"conversationId", conversationId}})),
                 QString("conversation_taken"));
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_caioId))),
                 QString("forbidden"));
        QCOMPARE(codeOf(bia->request("send", sendRequest(conversationId, "Sou a Bia, já resolvo"))),
                 QString("ack"));
        QVERIFY(visitor->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("author").toObject().value("name") == QLatin1String("Bia");
        }));
        // The hand-over itself sent the visitor nothing: only Bia's message came since.
        const auto since = visitor->received().mid(visitorFramesBefore);
        for (const Envelope &frame : since) {
            if (frame.type == QLatin1String("mode"))
                continue; // the public team summary (WID-1), not about this chat
            const QByteArray json = QJsonDocument(frame.data).toJson(QJsonDocument::Compact);
            QVERIFY2(!json.contains(m_anaName.toUtf8()), json.constData());
            QVERIFY2(frame.type == QLatin1String("message"), qPrintable(frame.type));
        }
        for (auto *client : {bia.get(), caio.get()})
            QCOMPARE(codeOf(client->request("set_status", {{"status", "offline"}})),
                     QString("ack"));
    }

    // CHT-2: joined without writing, Ana hands the chat over and the visitor never learns
    // she was there.
    void theVisitorNeverLearnsOfASilentOperator()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto caio = connectOperator(m_server, m_caio);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Vocês entregam em Recife?");
        QCOMPARE(codeOf(ana->request("join", {{"conversationId", conversationId}})),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_caioId))),
                 QString("ack"));
        QVERIFY(caio->waitForEvent("invited"));
        QCOMPARE(codeOf(caio->request("send", sendRequest(conversationId, "Entregamos sim!"))),
                 QString("ack"));
        QVERIFY(visitor->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Entregamos sim!");
        }));
        QCOMPARE(codeOf(visitor->request("message", messageRequest("Ótimo"))), QString("ack"));
        // `mode` frames carry the public team summary (WID-1), which is not about this chat.
        const auto frames = visitor->received();
        for (const Envelope &frame : frames) {
            if (frame.type == QLatin1String("mode"))
                continue;
            QJsonObject data = frame.data;
            // The hello ack's team summary, as in `mode`, and who is online now (Ana, a new
            // account, starts online): neither is about this chat.
            data.remove("team");
            data.remove("operators");
            const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
            QVERIFY2(!json.contains(m_anaName.toUtf8()), json.constData());
        }
        // Coming back later, the history names only Caio.
        Envelope hello;
        visitor = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(visitor);
        hello.data.remove("team");
        hello.data.remove("operators");
        QVERIFY(!QJsonDocument(hello.data).toJson().contains(m_anaName.toUtf8()));
        QVERIFY(QJsonDocument(hello.data).toJson().contains("Entregamos sim!"));
        const auto history = caio->request("history", {{"conversationId", conversationId}});
        QCOMPARE(history->data.value("messages").toArray().size(), 3);
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "offline"}})), QString("ack"));
    }

    void badHandOversAreRefused()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto caio = connectOperator(m_server, m_caio);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Oi");
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Olá!"))), QString("ack"));

        QCOMPARE(codeOf(caio->request("hand_over", handOver(conversationId, m_biaId))),
                 QString("forbidden")); // Caio is not in it
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_anaId))),
                 QString("invalid_field"));
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, 424242))),
                 QString("not_found"));
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_daviId))),
                 QString("not_found")); // deactivated
        QCOMPARE(codeOf(ana->request("hand_over", handOver(424242, m_biaId))),
                 QString("not_found"));
        QCOMPARE(codeOf(ana->request("hand_over", {{"conversationId", conversationId}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(ana->request("hand_over",
                                     {{"conversationId", "três"}, {"operatorId", m_biaId}})),
                 QString("invalid_field"));
        // Nothing changed: Ana still owns it and may write.
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Ainda comigo"))),
                 QString("ack"));

        // A closed conversation is handed over like it is added to (add_operator).
        QCOMPARE(codeOf(ana->request("close", {{"conversationId", conversationId}})),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_caioId))),
                 QString("ack"));
        const auto changed = caio->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId)
                   && e.data.value("ownerId").toInteger() == m_caioId;
        });
        QVERIFY(changed);
        QVERIFY(changed->data.value("closed").toBool());
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "offline"}})), QString("ack"));
    }

    // A participant who is not the owner hands over: the owner stays in the chat.
    void theOwnerStaysWhenAnotherParticipantHandsOver()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Tem no tamanho M?");
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Vou ver"))),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("add_operator", handOver(conversationId, m_biaId))),
                 QString("ack"));
        QCOMPARE(codeOf(bia->request("hand_over", handOver(conversationId, m_caioId))),
                 QString("ack"));
        const auto changed = ana->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId)
                   && e.data.value("ownerId").toInteger() == m_caioId;
        });
        QVERIFY(changed);
        const QList<qint64> participants = participantsOf(*changed);
        QVERIFY(participants.contains(m_anaId));
        QVERIFY(participants.contains(m_caioId));
        QVERIFY(!participants.contains(m_biaId));
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Temos sim"))),
                 QString("ack"));
        QCOMPARE(codeOf(bia->request("send", sendRequest(conversationId, "Oi"))),
                 QString("conversation_taken"));
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "offline"}})), QString("ack"));
    }

    // QUE-3: an unanswered chat handed over returns to the queue from its new owner.
    void theQueueReturnFollowsTheNewOwner()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto caio = connectOperator(m_server, m_caio);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Qual o prazo de troca?");
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Um momento"))),
                 QString("ack"));
        say(*visitor, "Alô?"); // nobody answers this one
        QCOMPARE(codeOf(ana->request("hand_over", handOver(conversationId, m_caioId))),
                 QString("ack"));
        const auto handed = caio->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId)
                   && e.data.value("ownerId").toInteger() == m_caioId;
        });
        QVERIFY(handed);
        const auto returned = caio->waitFor([&](const Envelope &e) {
            return isConversation(e, conversationId)
                   && e.data.value("state").toString() == QLatin1String("queued")
                   && e.data.value("lastMessage").toObject().value("text")
                          == QStringLiteral("Alô?");
        });
        QVERIFY(returned);
        QVERIFY(returned->data.value("ownerId").isNull());
        // Caio did not answer, so it is for anyone again.
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, "Trinta dias"))),
                 QString("ack"));
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "offline"}})), QString("ack"));
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
    QString m_caio;
    qint64 m_anaId = 0;
    qint64 m_biaId = 0;
    qint64 m_caioId = 0;
    qint64 m_daviId = 0;
    QString m_anaName;
};

QTEST_GUILESS_MAIN(TestHandOver)
#include "tst_handover.moc"
