#include "integrationfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// A realistic afternoon on the real server: two operators (the second joins by invitation)
// and two visitors. Chats queue, get taken, return to the queue, are answered with a saved
// reply, handed over, edited, read, closed and found again, while statuses change. Each
// step builds on the one before, as the day does. --queue-return 1 makes QUE-3's 120 s one.
class TestAfternoon final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({QStringLiteral("--queue-return"), QStringLiteral("1")});
        QVERIFY(m_server.start());
        m_ana = connectOperator(m_server, m_server.login());
        QVERIFY(m_ana);
        m_anaId = operatorId(*m_ana);

        // TEAM-2: Bia joins through a one-time invitation link.
        const auto invite
            = m_ana->request("invite", {{"email", "bia@loja.com.br"}, {"role", "operator"}});
        QVERIFY(invite && invite->type == QLatin1String("ack"));
        const auto accepted = m_server.post(
            "/api/accept-invite",
            QJsonDocument(QJsonObject{{"token", invite->data.value("token").toString()},
                                      {"name", "Bia"},
                                      {"password", "senha-da-bia"},
                                      {"device", "Bia's laptop"}})
                .toJson());
        QCOMPARE(accepted.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(accepted.body).object();
        m_bia = connectOperator(m_server, body.value("token").toString());
        QVERIFY(m_bia);
        m_biaId = operatorId(*m_bia);

        for (WsClient *op : {m_ana.get(), m_bia.get()})
            QCOMPARE(op->request("set_status", {{"status", "online"}})->type, QString("ack"));
        m_carla = connectVisitor(m_server, &m_carlaToken);
        m_davi = connectVisitor(m_server, &m_daviToken);
        QVERIFY(m_carla && m_davi);
    }

    void newChatsReachEveryonesQueueAndTheFirstReplyTakesIt()
    {
        m_carlaChat = say(*m_carla, "Oi! Vocês têm a cadeira ergonômica em azul?");
        for (WsClient *op : {m_ana.get(), m_bia.get()})
            QVERIFY(waitForState(*op, m_carlaChat, "queued"));

        QCOMPARE(reply(*m_ana, m_carlaChat, "Temos sim! Quer o link?")->type, QString("ack"));
        const auto taken = waitForState(*m_bia, m_carlaChat, "open");
        QVERIFY(taken);
        QCOMPARE(taken->data.value("ownerId").toInteger(), m_anaId);
        QCOMPARE(reply(*m_bia, m_carlaChat, "Eu também posso ajudar")->data.value("code"),
                 QJsonValue("conversation_taken"));
        QVERIFY(m_carla->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Temos sim! Quer o link?");
        }));
    }

    void biaAnswersWithASavedReply()
    {
        const auto saved = m_bia->request(
            "save_reply",
            {{"shortcut", "frete"}, {"text", "O frete é grátis para compras acima de R$ 200."}});
        QVERIFY(saved && saved->type == QLatin1String("ack"));
        // The whole team has it at once.
        QVERIFY(m_ana->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("saved_replies")
                   && e.data.value("replies").toArray().size() == 1;
        }));

        m_daviChat = say(*m_davi, "Quanto custa o frete para Curitiba?");
        QVERIFY(waitForState(*m_bia, m_daviChat, "queued"));
        const QString text = m_bia->request("saved_replies", {})
                                 ->data.value("replies")
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value("text")
                                 .toString();
        QCOMPARE(reply(*m_bia, m_daviChat, text)->type, QString("ack"));
        QVERIFY(m_davi->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("message") && e.data.value("text") == text;
        }));
    }

    void anUnansweredMessageGoesBackToTheQueueAndBiaTakesIt()
    {
        const QString unanswered = QStringLiteral("Quero sim! E entregam amanhã?");
        say(*m_carla, unanswered); // Ana is busy: no answer
        QVERIFY(m_bia->waitFor(
            [&](const Envelope &e) {
                return e.type == QLatin1String("conversation")
                       && e.data.value("id").toInteger() == m_carlaChat
                       && e.data.value("state") == QLatin1String("queued")
                       && e.data.value("lastMessage").toObject().value("text") == unanswered;
            },
            10000));
        QCOMPARE(reply(*m_bia, m_carlaChat, "Entregamos! Segue o link.")->type, QString("ack"));
        // Ana's list shows the chat as Bia's now.
        QVERIFY(m_ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == m_carlaChat
                   && e.data.value("ownerId").toInteger() == m_biaId;
        }));
    }

    void biaHandsDavisChatToAnaWhoAnswersWhileInvisible()
    {
        QCOMPARE(m_ana->request("set_status", {{"status", "invisible"}})->type, QString("ack"));
        QCOMPARE(
            m_bia
                ->request("add_operator", {{"conversationId", m_daviChat}, {"operatorId", m_anaId}})
                ->type,
            QString("ack"));
        // CHT-2: invisible Ana is still told; the visitor is not.
        QVERIFY(m_ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("invited")
                   && e.data.value("conversationId").toInteger() == m_daviChat;
        }));
        // STA-2: typing in the chat makes her online.
        m_ana->sendRaw(QJsonDocument(QJsonObject{{"t", "typing"},
                                                 {"d", QJsonObject{{"conversationId", m_daviChat},
                                                                   {"typing", true}}}})
                           .toJson(QJsonDocument::Compact));
        QVERIFY(m_bia->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("presence")
                   && e.data.value("operatorId").toInteger() == m_anaId
                   && e.data.value("status") == QLatin1String("online");
        }));
        QCOMPARE(reply(*m_ana, m_daviChat, "Oi Davi, sou a Ana, do financeiro.")->type,
                 QString("ack"));
        QVERIFY(m_davi->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Oi Davi, sou a Ana, do financeiro.");
        }));
    }

    void anaFixesATypoAndSeesWhenDaviReadIt()
    {
        const auto sent = reply(*m_ana, m_daviChat, "O boleto vence sexta-fiera.");
        const qint64 messageId = sent->data.value("message").toObject().value("id").toInteger();
        QCOMPARE(m_ana
                     ->request("edit",
                               {{"messageId", messageId}, {"text", "O boleto vence sexta-feira."}})
                     ->type,
                 QString("ack"));
        QVERIFY(m_davi->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("message_edited")
                   && e.data.value("text") == QLatin1String("O boleto vence sexta-feira.");
        }));
        QCOMPARE(m_davi->request("read", {{"upToId", messageId}})->type, QString("ack"));
        QVERIFY(m_ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("read") && e.data.value("by") == QLatin1String("visitor")
                   && e.data.value("upToId").toInteger() == messageId;
        }));
    }

    void theDayEndsClosedAndSearchable()
    {
        QCOMPARE(m_bia->request("close", {{"conversationId", m_carlaChat}})->type, QString("ack"));
        QVERIFY(m_ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == m_carlaChat
                   && e.data.value("closed").toBool();
        }));
        // Carla comes back in the evening: the chat reopens with its history.
        m_carla.reset();
        m_carla = connectVisitor(m_server, &m_carlaToken);
        QVERIFY(m_carla);
        QCOMPARE(say(*m_carla, "Chegou! Obrigada."), m_carlaChat);
        QVERIFY(m_bia->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == m_carlaChat
                   && !e.data.value("closed").toBool();
        }));
        const auto found = m_ana->request("search", {{"query", "ergonomica azul"}});
        const QJsonArray results = found->data.value("results").toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value("conversationId").toInteger(), m_carlaChat);
    }

private:
    static qint64 operatorId(WsClient &op)
    {
        return op.received().first().data.value("operator").toObject().value("id").toInteger();
    }

    static std::optional<Envelope> reply(WsClient &op, qint64 conversationId, const QString &text)
    {
        return op.request("send", sendRequest(conversationId, text));
    }

    static std::optional<Envelope> waitForState(WsClient &op, qint64 conversationId,
                                                const QString &state, int timeout = 5000)
    {
        return op.waitFor(
            [&](const Envelope &e) {
                return e.type == QLatin1String("conversation")
                       && e.data.value("id").toInteger() == conversationId
                       && e.data.value("state").toString() == state;
            },
            timeout);
    }

    ServerProcess m_server;
    std::unique_ptr<WsClient> m_ana;
    std::unique_ptr<WsClient> m_bia;
    std::unique_ptr<WsClient> m_carla;
    std::unique_ptr<WsClient> m_davi;
    QString m_carlaToken;
    QString m_daviToken;
    qint64 m_anaId = 0;
    qint64 m_biaId = 0;
    qint64 m_carlaChat = 0;
    qint64 m_daviChat = 0;
};

QTEST_GUILESS_MAIN(TestAfternoon)
#include "tst_afternoon.moc"
