#include "chatbottrees.h"
#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;

// BOT-1…4 as an admin meets them through the real server, on both databases: a scenario is
// built, read back, changed and deleted; one that could not run is refused with the node named
// (BOT-2) as papo-desk marks it. Who may do it is in the authorization matrix
// (tst_integration_authorization): operators get `forbidden`.
class TestChatbot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia)); }

    void anAdminBuildsAScenarioThatOutlivesARestart()
    {
        auto owner = connectOperator(m_server, m_owner);
        QVERIFY(owner);
        const qint64 support = createGroup(*owner, "Suporte");
        QVERIFY(support > 0);
        const auto saved
            = owner->request("save_chatbot_scenario", {{"name", "  Vendas ou Suporte?  "},
                                                       {"groupId", support},
                                                       {"start", salesOrSupportTree()}});
        QCOMPARE(codeOf(saved), QString("ack"));
        const QJsonObject scenario = saved->data.value("scenario").toObject();
        const qint64 id = scenario.value("id").toInteger();
        QVERIFY(id > 0);
        QCOMPARE(scenario.value("name").toString(), QString("Vendas ou Suporte?"));
        QCOMPARE(scenario.value("groupId").toInteger(), support);
        QCOMPARE(scenario.value("endMessageEnabled"), QJsonValue(true));
        QCOMPARE(scenario.value("start").toObject(), salesOrSupportTree());

        // Changed in place: another name, the end message off, a third reply.
        QJsonObject changed = scenario;
        changed.insert("name", "Vendas, Suporte ou Entrega?");
        changed.insert("endMessageEnabled", false);
        QJsonObject start = salesOrSupportTree();
        QJsonArray replies = start.value("replies").toArray();
        replies.append(scenarioReply("Entrega", "Enviamos em até 2 dias úteis."));
        start.insert("replies", replies);
        changed.insert("start", start);
        const auto updated = owner->request("save_chatbot_scenario", changed);
        QCOMPARE(codeOf(updated), QString("ack"));
        QCOMPARE(updated->data.value("scenario").toObject(), changed);

        QVERIFY(m_server.restart());
        owner = connectOperator(m_server, m_owner);
        QVERIFY(owner);
        const auto list = owner->request("chatbot_scenarios");
        QCOMPARE(codeOf(list), QString("ack"));
        QCOMPARE(list->data.value("scenarios").toArray(), QJsonArray{changed});

        QCOMPARE(codeOf(owner->request("delete_chatbot_scenario", {{"id", id}})), QString("ack"));
        QCOMPARE(owner->request("chatbot_scenarios")->data.value("scenarios").toArray(),
                 QJsonArray());
        QCOMPARE(codeOf(owner->request("delete_chatbot_scenario", {{"id", id}})),
                 QString("not_found"));
        QCOMPARE(codeOf(owner->request("save_chatbot_scenario", changed)), QString("not_found"));
    }

    void aScenarioThatCouldNotRunIsRefusedWithItsNodeNamed()
    {
        auto owner = connectOperator(m_server, m_owner);
        QVERIFY(owner);
        const auto refusal = [&](const QJsonObject &start, qint64 groupId = 0) {
            const auto reply
                = owner->request("save_chatbot_scenario",
                                 {{"name", "Quebrado"}, {"groupId", groupId}, {"start", start}});
            return codeOf(reply) + " " + reply->data.value("message").toString();
        };
        QVERIFY(refusal({{"message", ""}, {"replies", QJsonArray{}}})
                    .startsWith("invalid_field \"root\": The first bot message is missing"));
        QJsonObject emptyReply = salesOrSupportTree();
        emptyReply.insert("replies",
                          QJsonArray{scenarioReply("Vendas", "Ok."), scenarioReply(" ", "Ok.")});
        QCOMPARE(refusal(emptyReply),
                 QString("invalid_field \"root.1\": Visitor reply 2 after \u201cOlá! Posso "
                         "ajudar com **vendas** ou suporte?\u201d has no text."));
        QJsonObject lonely = salesOrSupportTree();
        lonely.insert("replies", QJsonArray{scenarioReply("Vendas", "Qual plano?",
                                                          {scenarioReply("Mensal", "Ok.")}),
                                            scenarioReply("Suporte", "")});
        QVERIFY(refusal(lonely).startsWith("invalid_field \"root.0\": The bot message "
                                           "\u201cQual plano?\u201d has one visitor reply"));
        QCOMPARE(refusal(salesOrSupportTree(), 987654),
                 QString("invalid_field \"groupId\": there is no group 987654."));
        // Nothing of it was stored.
        QCOMPARE(owner->request("chatbot_scenarios")->data.value("scenarios").toArray(),
                 QJsonArray());
    }

private:
    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestChatbot)
#include "tst_chatbot.moc"
