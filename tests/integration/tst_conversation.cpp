#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// Working one conversation together: participants (CHT-1, CHT-2), edits (CHT-4), read
// receipts (CHT-5) and the team's saved replies (CHT-7), on the real server.
class TestConversation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia));
        m_caio = addOperatorAndLogIn(m_server, "caio@papo.test", "Caio", "senha-do-caio");
        QVERIFY(!m_caio.isEmpty());
    }

    void addedOperatorsMayWriteAndAreInvited()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        auto caio = connectOperator(m_server, m_caio);
        QCOMPARE(bia->request("set_status", {{"status", "invisible"}})->type, QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Preciso trocar um produto");
        QCOMPARE(ana->request("send", sendRequest(conversationId, "Claro!"))->type, QString("ack"));
        QCOMPARE(codeOf(bia->request("send", sendRequest(conversationId, "Oi"))),
                 QString("conversation_taken"));
        QCOMPARE(codeOf(caio->request("add_operator",
                                      {{"conversationId", conversationId}, {"operatorId", 3}})),
                 QString("forbidden")); // Caio is not in it

        const qint64 biaId
            = ana->received().first().data.value("operator").toObject().value("id").toInteger() + 1;
        QCOMPARE(ana->request("add_operator",
                              {{"conversationId", conversationId}, {"operatorId", biaId}})
                     ->type,
                 QString("ack"));
        const auto invited = bia->waitForEvent("invited"); // even though Bia is invisible
        QVERIFY(invited);
        QCOMPARE(invited->data.value("conversationId").toInteger(), conversationId);
        QVERIFY(caio->eventsOfType("invited").isEmpty());
        const auto changed = caio->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && e.data.value("participants").toArray().size() == 2;
        });
        QVERIFY(changed);

        // Bia answers; the visitor sees her name only now (CHT-2).
        QCOMPARE(bia->request("send", sendRequest(conversationId, "Sou a Bia, do estoque"))->type,
                 QString("ack"));
        const auto fromBia = visitor->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("message")
                   && e.data.value("text") == QLatin1String("Sou a Bia, do estoque");
        });
        QVERIFY(fromBia);
        QCOMPARE(fromBia->data.value("author").toObject().value("name").toString(), QString("Bia"));
        QCOMPARE(codeOf(ana->request("add_operator",
                                     {{"conversationId", conversationId}, {"operatorId", 999}})),
                 QString("not_found"));
    }

    void authorsEditTheirOwnMessages()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Qual o prazo?");
        const auto sent = ana->request("send", sendRequest(conversationId, "Tres dias"));
        const qint64 messageId = sent->data.value("message").toObject().value("id").toInteger();

        const auto edited
            = ana->request("edit", {{"messageId", messageId}, {"text", "Três dias úteis"}});
        QVERIFY(edited && edited->type == QLatin1String("ack"));
        QVERIFY(!edited->data.value("message").toObject().value("editedAt").isNull());
        const auto seen = visitor->waitForEvent("message_edited");
        QVERIFY(seen);
        QCOMPARE(seen->data.value("id").toInteger(), messageId);
        QCOMPARE(seen->data.value("text").toString(), QString("Três dias úteis"));
        QVERIFY(bia->waitForEvent("message_edited"));

        QCOMPARE(codeOf(bia->request("edit", {{"messageId", messageId}, {"text", "nada"}})),
                 QString("forbidden"));
        QCOMPARE(codeOf(ana->request("edit", {{"messageId", 424242}, {"text", "x"}})),
                 QString("not_found"));
        QCOMPARE(codeOf(ana->request("edit", {{"messageId", messageId}, {"text", "  "}})),
                 QString("invalid_field"));

        // Coming back later, the visitor's history has the edited text.
        papo::common::Envelope hello;
        visitor = connectVisitor(m_server, &token, -1, &hello);
        const QJsonObject last = hello.data.value("messages").toArray().last().toObject();
        QCOMPARE(last.value("text").toString(), QString("Três dias úteis"));
        QVERIFY(!last.value("editedAt").isNull());
    }

    void readReceiptsBothWays()
    {
        auto ana = connectOperator(m_server, m_ana);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "Alô");
        const qint64 question = visitor->eventsOfType("message").last().data["id"].toInteger();
        QCOMPARE(
            ana->request("read", {{"conversationId", conversationId}, {"upToId", question}})->type,
            QString("ack"));
        const auto seenByTeam = visitor->waitForEvent("read");
        QVERIFY(seenByTeam);
        QCOMPARE(seenByTeam->data.value("by").toString(), QString("operator"));
        QCOMPARE(seenByTeam->data.value("upToId").toInteger(), question);
        QVERIFY(!seenByTeam->data.contains("operatorId")); // the visitor is not told who

        const auto reply = ana->request("send", sendRequest(conversationId, "Oi!"));
        const qint64 answer = reply->data.value("message").toObject().value("id").toInteger();
        QCOMPARE(visitor->request("read", {{"upToId", answer}})->type, QString("ack"));
        const auto seenByVisitor = ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("read")
                   && e.data.value("by") == QLatin1String("visitor");
        });
        QVERIFY(seenByVisitor);
        QCOMPARE(seenByVisitor->data.value("upToId").toInteger(), answer);

        // Marks only move forward: reading an older message again changes nothing.
        const int before = ana->eventsOfType("read").size();
        QCOMPARE(visitor->request("read", {{"upToId", question}})->type, QString("ack"));
        QTest::qWait(200);
        QCOMPARE(ana->eventsOfType("read").size(), before);

        const auto list = ana->request("conversations");
        for (const auto &value : list->data.value("conversations").toArray()) {
            if (value.toObject().value("id").toInteger() == conversationId) {
                QCOMPARE(value.toObject().value("visitorReadUpTo").toInteger(), answer);
                QCOMPARE(value.toObject().value("operatorReadUpTo").toInteger(), question);
            }
        }
        papo::common::Envelope hello;
        visitor = connectVisitor(m_server, &token, -1, &hello);
        QCOMPARE(hello.data.value("operatorReadUpTo").toInteger(), question);

        // Nobody marks another visitor's messages.
        QString otherToken;
        auto other = connectVisitor(m_server, &otherToken);
        QCOMPARE(codeOf(other->request("read", {{"upToId", answer}})), QString("not_found"));
    }

    void savedRepliesAreSharedByTheTeam()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        const auto created
            = ana->request("save_reply", {{"shortcut", "frete"},
                                          {"text", "O frete é **grátis** acima de R$ 200."}});
        QVERIFY(created && created->type == QLatin1String("ack"));
        const qint64 id = created->data.value("reply").toObject().value("id").toInteger();
        const auto pushed = bia->waitForEvent("saved_replies");
        QVERIFY(pushed);
        QCOMPARE(
            pushed->data.value("replies").toArray().first().toObject().value("shortcut").toString(),
            QString("frete"));

        QCOMPARE(codeOf(bia->request("save_reply", {{"shortcut", "FRETE"}, {"text", "outro"}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(bia->request("save_reply", {{"shortcut", "com espaço"}, {"text", "x"}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(bia->request("save_reply", {{"shortcut", "prazo"}, {"text", ""}})),
                 QString("invalid_field"));
        QCOMPARE(bia->request("save_reply",
                              {{"id", id}, {"shortcut", "frete"}, {"text", "Frete grátis!"}})
                     ->type,
                 QString("ack"));
        QCOMPARE(
            bia->request("save_reply", {{"shortcut", "prazo"}, {"text", "Três dias úteis."}})->type,
            QString("ack"));
        const auto list = ana->request("saved_replies");
        const QJsonArray replies = list->data.value("replies").toArray();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).toObject().value("text").toString(), QString("Frete grátis!"));
        QCOMPARE(replies.at(1).toObject().value("shortcut").toString(), QString("prazo"));

        QCOMPARE(ana->request("delete_reply", {{"id", id}})->type, QString("ack"));
        QCOMPARE(codeOf(ana->request("delete_reply", {{"id", id}})), QString("not_found"));
        QCOMPARE(ana->request("saved_replies")->data.value("replies").toArray().size(), 1);
    }

    void ratingsOpenOnceAnOperatorAnswered()
    {
        auto ana = connectOperator(m_server, m_ana);
        QString token;
        papo::common::Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(hello.data.value("ratings").toBool());
        QCOMPARE(codeOf(visitor->request("rate", {{"rating", "good"}})),
                 QString("not_found")); // nothing yet
        const qint64 conversationId = say(*visitor, "Vocês têm loja física?");
        QCOMPARE(codeOf(visitor->request("rate", {{"rating", "good"}})), QString("forbidden"));
        QCOMPARE(ana->request("send", sendRequest(conversationId, "Temos, na Rua Augusta."))->type,
                 QString("ack"));
        QCOMPARE(codeOf(visitor->request("rate", {{"rating", "great"}})), QString("invalid_field"));
        QCOMPARE(
            visitor->request("rate", {{"rating", "good"}, {"comment", "Rápido e simpático"}})->type,
            QString("ack"));
        const auto rated = ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && e.data.value("rating") == QLatin1String("good");
        });
        QVERIFY(rated);
        QCOMPARE(rated->data.value("ratingComment").toString(), QString("Rápido e simpático"));
        visitor = connectVisitor(m_server, &token, -1, &hello);
        QCOMPARE(hello.data.value("rating").toString(), QString("good"));

        // Switched off by an admin: the widget is told, and the server refuses.
        QCOMPARE(
            ana->request("update_website", {{"websiteId", 1}, {"ratingsEnabled", false}})->type,
            QString("ack"));
        visitor = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(!hello.data.value("ratings").toBool());
        QCOMPARE(codeOf(visitor->request("rate", {{"rating", "bad"}})), QString("forbidden"));
        QCOMPARE(ana->request("update_website", {{"websiteId", 1}, {"ratingsEnabled", true}})->type,
                 QString("ack"));
    }

    void closeReopenAndSearch()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = say(*visitor, "O pedido 4471 chegou amassado");
        QCOMPARE(ana->request("send", sendRequest(conversationId, "Vamos trocar, desculpe!"))->type,
                 QString("ack"));
        QCOMPARE(codeOf(bia->request("close", {{"conversationId", conversationId}})),
                 QString("conversation_taken"));
        QCOMPARE(ana->request("close", {{"conversationId", conversationId}})->type, QString("ack"));
        QVERIFY(ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && e.data.value("closed").toBool();
        }));
        say(*visitor, "Obrigado, chegou a troca"); // writing again reopens it
        QVERIFY(ana->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("id").toInteger() == conversationId
                   && !e.data.value("closed").toBool()
                   && e.data.value("lastMessage").toObject().value("text")
                          == QLatin1String("Obrigado, chegou a troca");
        }));
        QCOMPARE(codeOf(ana->request("close", {{"conversationId", 424242}})), QString("not_found"));

        // Search finds words across conversations, accents and case ignored, edits included.
        auto hits = [&](const QString &query) {
            const auto reply = bia->request("search", {{"query", query}});
            QList<qint64> conversations;
            for (const auto &value : reply->data.value("results").toArray())
                conversations << value.toObject().value("conversationId").toInteger();
            return conversations;
        };
        QCOMPARE(hits("amassado"), QList<qint64>{conversationId});
        QCOMPARE(hits("PEDIDO 4471"), QList<qint64>{conversationId});
        // A word's start matches too: "troca" finds "trocar" (another conversation has one).
        QCOMPARE(hits("troca").count(conversationId), 2);
        QCOMPARE(hits("desculpe").size(), 1);
        QVERIFY(hits("pedido inexistente").isEmpty());
        QVERIFY(hits("\" OR * NEAR(").isEmpty()); // FTS syntax is searched for, not obeyed
        const auto sent
            = ana->request("send", sendRequest(conversationId, "Frete por nossa conta"));
        QCOMPARE(hits("nossa conta").size(), 1);
        QCOMPARE(
            ana->request("edit", {{"messageId", sent->data.value("message").toObject().value("id")},
                                  {"text", "Envio por nossa conta"}})
                ->type,
            QString("ack"));
        QVERIFY(hits("frete").isEmpty());
        QCOMPARE(hits("envio").size(), 1);
        QCOMPARE(codeOf(bia->request("search", {{"query", "   "}})), QString("invalid_field"));
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
    QString m_caio;
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
