#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

// The team (TEAM-1..3): roles enforced by the server, one-time invites, deactivation that
// keeps the conversations, profiles.
class TestTeam final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia)); }

    void operatorsGetForbiddenForAdminRequests_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("request");
        QTest::newRow("invite") << "invite"
                                << QJsonObject{{"email", "x@papo.test"}, {"role", "operator"}};
        QTest::newRow("set_role") << "set_role"
                                  << QJsonObject{{"operatorId", 1}, {"role", "operator"}};
        QTest::newRow("set_active")
            << "set_active" << QJsonObject{{"operatorId", 1}, {"active", false}};
    }
    void operatorsGetForbiddenForAdminRequests()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, request);
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(codeOf(bia->request(type, request)), QString("forbidden"));
        // ...while everyone may see the team.
        QCOMPARE(bia->request("team")->data.value("operators").toArray().size() >= 2, true);
    }

    void inviteIsAcceptedOnce()
    {
        auto owner = connectOperator(m_server, m_owner);
        const auto invite
            = owner->request("invite", {{"email", "carla@papo.test"}, {"role", "operator"}});
        QVERIFY(invite && invite->type == QLatin1String("ack"));
        const QString token = invite->data.value("token").toString();
        QVERIFY(token.size() >= 32);
        QVERIFY(invite->data.value("link").toString().contains(token));
        QCOMPARE(
            codeOf(owner->request("invite", {{"email", "bia@papo.test"}, {"role", "operator"}})),
            QString("invalid_field")); // already on the team
        QCOMPARE(
            codeOf(owner->request("invite", {{"email", "not an email"}, {"role", "operator"}})),
            QString("invalid_field"));
        QCOMPARE(codeOf(owner->request("invite", {{"email", "d@papo.test"}, {"role", "owner"}})),
                 QString("invalid_field"));

        const auto shortPassword
            = m_server.post("/api/accept-invite",
                            json({{"token", token}, {"name", "Carla"}, {"password", "curta"}}));
        QCOMPARE(shortPassword.status, 400);
        const auto accepted
            = m_server.post("/api/accept-invite", json({{"token", token},
                                                        {"name", "Carla"},
                                                        {"password", "senha-da-carla"},
                                                        {"device", "Carla's laptop"}}));
        QCOMPARE(accepted.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(accepted.body).object();
        QCOMPARE(body.value("operator").toObject().value("role").toString(), QString("operator"));
        QVERIFY(connectOperator(m_server, body.value("token").toString()));
        const auto again = m_server.post(
            "/api/accept-invite",
            json({{"token", token}, {"name", "Outra"}, {"password", "senha-da-outra"}}));
        QCOMPARE(again.status, 410);
        QVERIFY(owner->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("team")
                   && e.data.value("operators").toArray().size() == 3;
        }));
        QVERIFY(!m_server.login("carla@papo.test", "senha-da-carla").isEmpty());
    }

    void promotedOperatorsMayAdministrate()
    {
        auto owner = connectOperator(m_server, m_owner);
        const qint64 biaId = 2;
        QCOMPARE(owner->request("set_role", {{"operatorId", biaId}, {"role", "admin"}})->type,
                 QString("ack"));
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(bia->request("invite", {{"email", "davi@papo.test"}, {"role", "operator"}})->type,
                 QString("ack"));
        QCOMPARE(codeOf(bia->request("set_role", {{"operatorId", 1}, {"role", "operator"}})),
                 QString("forbidden"));
        QCOMPARE(codeOf(bia->request("set_active", {{"operatorId", 1}, {"active", false}})),
                 QString("forbidden"));
        QCOMPARE(owner->request("set_role", {{"operatorId", biaId}, {"role", "operator"}})->type,
                 QString("ack"));
        QCOMPARE(codeOf(bia->request("invite", {{"email", "eva@papo.test"}, {"role", "operator"}})),
                 QString("forbidden"));
    }

    void deactivationClosesConnectionsAndKeepsConversations()
    {
        QVERIFY(addOperator(m_server, "fabio@papo.test", "Fábio", "senha-do-fabio"));
        const QString fabioToken = m_server.login("fabio@papo.test", "senha-do-fabio");
        auto fabio = connectOperator(m_server, fabioToken);
        const qint64 fabioId
            = fabio->received().first().data.value("operator").toObject().value("id").toInteger();
        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        const auto question = visitor->request("message", messageRequest("Oi"));
        const qint64 conversationId
            = question->data.value("message").toObject().value("conversationId").toInteger();
        QJsonObject reply = messageRequest("Olá, sou o Fábio");
        reply.insert("conversationId", conversationId);
        QCOMPARE(fabio->request("send", reply)->type, QString("ack"));

        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(codeOf(owner->request("set_active", {{"operatorId", 1}, {"active", false}})),
                 QString("forbidden"));
        QCOMPARE(owner->request("set_active", {{"operatorId", fabioId}, {"active", false}})->type,
                 QString("ack"));
        QVERIFY(fabio->waitForDisconnected());
        QCOMPARE(fabio->closeCode(), 4001);
        QVERIFY(m_server.login("fabio@papo.test", "senha-do-fabio").isEmpty());
        QVERIFY(!connectOperator(m_server, fabioToken));

        const auto history = owner->request("history", {{"conversationId", conversationId}});
        QCOMPARE(history->data.value("messages").toArray().size(), 2);
        QCOMPARE(history->data.value("messages")
                     .toArray()
                     .last()
                     .toObject()
                     .value("author")
                     .toObject()
                     .value("name")
                     .toString(),
                 QString("Fábio"));
        QCOMPARE(owner->request("set_active", {{"operatorId", fabioId}, {"active", true}})->type,
                 QString("ack"));
        QVERIFY(!m_server.login("fabio@papo.test", "senha-do-fabio").isEmpty());
    }

    void profiles()
    {
        auto bia = connectOperator(m_server, m_bia);
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(bia->request("set_status", {{"status", "online"}})->type, QString("ack"));
        // A visitor's hello names who is online; the list is kept between hellos, and a new
        // name must still reach the next one.
        QVERIFY(namesInVisitorHello().size() >= 1);
        QVERIFY(!namesInVisitorHello().contains("Beatriz Lima"));
        const auto updated
            = bia->request("update_profile", {{"name", "Beatriz Lima"}, {"title", "Atendimento"}});
        QVERIFY(updated && updated->type == QLatin1String("ack"));
        QCOMPARE(updated->data.value("operator").toObject().value("title").toString(),
                 QString("Atendimento"));
        QVERIFY(owner->waitFor([](const Envelope &e) {
            if (e.type != QLatin1String("team"))
                return false;
            for (const auto &value : e.data.value("operators").toArray())
                if (value.toObject().value("name") == QLatin1String("Beatriz Lima"))
                    return true;
            return false;
        }));
        QVERIFY(namesInVisitorHello().contains("Beatriz Lima"));
        QCOMPARE(codeOf(bia->request("update_profile", {{"name", "  "}})),
                 QString("invalid_field"));
    }

private:
    QStringList namesInVisitorHello()
    {
        QString token;
        Envelope hello;
        const auto visitor = connectVisitor(m_server, &token, -1, &hello);
        QStringList names;
        for (const auto &value : hello.data.value("operators").toArray())
            names << value.toObject().value("name").toString();
        return names;
    }

    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
