#include "groupteam.h"

#include <QJsonArray>
#include <QTest>

#include <vector>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

auto eventOf(const QString &type, const std::function<bool(const QJsonObject &)> &match)
{
    return [=](const Envelope &e) { return e.type == type && match(e.data); };
}

auto notifyAbout(qint64 conversationId, const QString &reason)
{
    return eventOf("notify", [=](const QJsonObject &d) {
        return d.value("conversationId").toInteger() == conversationId
               && d.value("reason").toString() == reason;
    });
}

bool hasNotifyAbout(const WsClient &client, qint64 conversationId)
{
    const auto events = client.eventsOfType("notify");
    return std::any_of(events.cbegin(), events.cend(), [&](const Envelope &e) {
        return e.data.value("conversationId").toInteger() == conversationId;
    });
}

qint64 conversationOf(const std::optional<Envelope> &ack)
{
    return ack ? ack->data.value("message").toObject().value("conversationId").toInteger() : 0;
}

} // namespace

// GRP-1, GRP-2 and the routing that follows a chat's group, on the real server: who manages
// groups, the queue's notifications (QUE-1), returns to the queue (QUE-3) and slow-answer
// alerts (STA-5) reaching only the group's operators, the widget's mode per group (WID-2,
// STA-4), the four ways a visitor gets a group with the later one winning, and a deleted
// group's chats staying. --queue-return 1 makes QUE-3's 120 s one.
class TestGroups final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({"--queue-return", "1"});
        QVERIFY(m_team.start(m_server));
        m_eva = addOperatorAndLogIn(m_server, "eva@papo.test", "Eva", "senha-da-eva");
        auto eva = connectOperator(m_server, m_eva);
        m_evaId = operatorIdOf(*eva);
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        QCOMPARE(codeOf(owner->request("set_group_members",
                                       {{"groupId", m_team.suporte},
                                        {"operatorIds", QJsonArray{m_team.caio.id, m_evaId}}})),
                 QString("ack"));
    }

    void groupsAreManagedByOwnersAndAdmins_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::addRow("owner") << "owner"
                               << "ack";
        QTest::addRow("admin") << "admin"
                               << "ack";
        QTest::addRow("operator in a group") << "member"
                                             << "forbidden";
        QTest::addRow("operator") << "outsider"
                                  << "forbidden";
    }

    void groupsAreManagedByOwnersAndAdmins()
    {
        QFETCH(QString, role);
        QFETCH(QString, expected);
        const QString bearer = role == "owner"    ? m_team.owner.bearer
                               : role == "admin"  ? m_team.dora.bearer
                               : role == "member" ? m_team.bia.bearer
                                                  : m_team.caio.bearer;
        auto op = connectOperator(m_server, bearer);
        // Everyone reads the groups (papo-desk shows them).
        const auto list = op->request("groups");
        QCOMPARE(codeOf(list), QString("ack"));
        QVERIFY(list->data.value("groups").toArray().size() >= 2);

        const auto created = op->request("save_group", {{"name", "Financeiro " + role}});
        QCOMPARE(codeOf(created), expected);
        // The others on an existing group (made by the owner when the caller may not).
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        const qint64 id = expected == "ack"
                              ? created->data.value("group").toObject().value("id").toInteger()
                              : createGroup(*owner, "Financeiro de " + role);
        QVERIFY(id > 0);
        QCOMPARE(codeOf(op->request("save_group", {{"id", id}, {"name", "Cobrança " + role}})),
                 expected);
        QCOMPARE(codeOf(op->request("set_group_members",
                                    {{"groupId", id}, {"operatorIds", QJsonArray{m_team.bia.id}}})),
                 expected);
        QCOMPARE(codeOf(op->request("delete_group", {{"id", id}})), expected);
        if (expected != "ack") { // refused: nothing changed
            const auto groups = owner->request("groups")->data.value("groups").toArray();
            const auto group = std::find_if(groups.cbegin(), groups.cend(), [&](const auto &g) {
                return g.toObject().value("id").toInteger() == id;
            });
            QVERIFY(group != groups.cend());
            QCOMPARE(group->toObject().value("name").toString(), "Financeiro de " + role);
            QVERIFY(group->toObject().value("operatorIds").toArray().isEmpty());
            QCOMPARE(codeOf(owner->request("delete_group", {{"id", id}})), QString("ack"));
        }
    }

    void badGroupRequests_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::addRow("no name") << "save_group" << QJsonObject{} << "invalid_field";
        QTest::addRow("blank name")
            << "save_group" << QJsonObject{{"name", "   "}} << "invalid_field";
        QTest::addRow("long name")
            << "save_group" << QJsonObject{{"name", QString(61, 'a')}} << "invalid_field";
        QTest::addRow("same name")
            << "save_group" << QJsonObject{{"name", "vendas"}} << "invalid_field";
        QTest::addRow("bad key") << "save_group" << QJsonObject{{"name", "X"}, {"key", "a b"}}
                                 << "invalid_field";
        QTest::addRow("taken key")
            << "save_group" << QJsonObject{{"name", "X"}, {"key", "vendas"}} << "invalid_field";
        QTest::addRow("unknown group")
            << "save_group" << QJsonObject{{"id", 999}, {"name", "X"}} << "not_found";
        QTest::addRow("unknown website")
            << "save_group" << QJsonObject{{"name", "X"}, {"websiteId", 999}} << "not_found";
        QTest::addRow("members not a list")
            << "set_group_members" << QJsonObject{{"groupId", 1}, {"operatorIds", 2}}
            << "invalid_field";
        QTest::addRow("unknown member")
            << "set_group_members" << QJsonObject{{"groupId", 1}, {"operatorIds", QJsonArray{999}}}
            << "invalid_field";
        QTest::addRow("members of nothing")
            << "set_group_members" << QJsonObject{{"groupId", 999}, {"operatorIds", QJsonArray{}}}
            << "not_found";
        QTest::addRow("delete nothing")
            << "delete_group" << QJsonObject{{"id", 999}} << "not_found";
        QTest::addRow("visitor into nothing")
            << "set_visitor_group" << QJsonObject{{"visitorId", 1}, {"groupId", 999}}
            << "not_found";
        QTest::addRow("group not a number")
            << "set_visitor_group" << QJsonObject{{"visitorId", 1}, {"groupId", "vendas"}}
            << "invalid_field";
    }

    void badGroupRequests()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        QString token;
        auto visitor = visitorOnPage(m_server, "", &token); // visitor 1 exists
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        const auto before = owner->request("groups")->data.value("groups");
        const auto reply = owner->request(type, request);
        QCOMPARE(codeOf(reply), code);
        QVERIFY(!reply->data.value("message").toString().isEmpty());
        QCOMPARE(owner->request("groups")->data.value("groups"), before); // nothing stored
    }

    // QUE-1, NOT-1: a grouped chat calls its group's online operators only; an ungrouped one
    // everyone online. Owners and admins see it in their lists but are not called for it.
    void theQueueReachesTheGroup()
    {
        auto owner = online(m_team.owner.bearer);
        auto bia = online(m_team.bia.bearer);
        auto caio = online(m_team.caio.bearer);
        QString token;
        auto visitor = visitorOnPage(m_server, "suporte", &token);
        const qint64 grouped
            = conversationOf(visitor->request("message", messageRequest("Erro 500")));
        QVERIFY(caio->waitFor(notifyAbout(grouped, "queued")));
        QVERIFY(owner->waitFor(eventOf("conversation", [&](const QJsonObject &d) {
            return d.value("id").toInteger() == grouped
                   && d.value("groupId").toInteger() == m_team.suporte;
        })));

        QString otherToken;
        auto other = visitorOnPage(m_server, "", &otherToken);
        const qint64 ungrouped = conversationOf(other->request("message", messageRequest("Oi")));
        for (WsClient *op : {owner.get(), bia.get(), caio.get()})
            QVERIFY(op->waitFor(notifyAbout(ungrouped, "queued")));
        QVERIFY(!hasNotifyAbout(*bia, grouped));
        QVERIFY(!hasNotifyAbout(*owner, grouped));
        const auto biaSaw = bia->eventsOfType("conversation");
        QVERIFY(std::none_of(biaSaw.cbegin(), biaSaw.cend(), [&](const Envelope &e) {
            return e.data.value("id").toInteger() == grouped;
        }));
        offline({owner.get(), bia.get(), caio.get()});
    }

    // QUE-3: a chat back in the queue calls its group's other online operators.
    void returnsToTheQueueReachTheGroup()
    {
        auto caio = online(m_team.caio.bearer);
        auto eva = online(m_eva);
        auto bia = online(m_team.bia.bearer);
        auto dora = online(m_team.dora.bearer);
        QString token;
        auto visitor = visitorOnPage(m_server, "suporte", &token);
        const qint64 chat = conversationOf(visitor->request("message", messageRequest("Alô?")));
        QCOMPARE(codeOf(caio->request("send", sendRequest(chat, "Já vejo"))), QString("ack"));
        QCOMPARE(codeOf(visitor->request("message", messageRequest("Ainda não funciona"))),
                 QString("ack"));
        QVERIFY(eva->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == chat
                   && d.value("reason").toString() == "queued"
                   && d.value("text").toString() == "Ainda não funciona";
        })));
        // An ungrouped chat after it reaches everyone: the return would have reached them first.
        QString otherToken;
        auto other = visitorOnPage(m_server, "", &otherToken);
        const qint64 later = conversationOf(other->request("message", messageRequest("Oi")));
        for (WsClient *op : {bia.get(), dora.get(), caio.get()})
            QVERIFY(op->waitFor(notifyAbout(later, "queued")));
        QVERIFY(!hasNotifyAbout(*bia, chat));
        QVERIFY(!hasNotifyAbout(*dora, chat));
        const auto caioHeard = caio->eventsOfType("notify");
        QVERIFY(std::none_of(caioHeard.cbegin(), caioHeard.cend(), [&](const Envelope &e) {
            return e.data.value("conversationId").toInteger() == chat
                   && e.data.value("reason") == "queued"
                   && e.data.value("text") == "Ainda não funciona"; // not to its last owner
        }));
        offline({caio.get(), eva.get(), bia.get(), dora.get()});
    }

    // STA-5: a visitor waiting too long in a grouped chat is for that group's invisible
    // operators who opted in.
    void slowAnswerAlertsReachTheGroup()
    {
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        QCOMPARE(codeOf(owner->request("set_slow_alerts", {{"thresholdSeconds", 1}})),
                 QString("ack"));
        std::vector<std::unique_ptr<WsClient>> watchers;
        for (const QString &bearer : {m_eva, m_team.bia.bearer, m_team.dora.bearer}) {
            auto op = connectOperator(m_server, bearer);
            QCOMPARE(codeOf(op->request("set_status", {{"status", "invisible"}})), QString("ack"));
            QCOMPARE(codeOf(op->request("set_slow_alerts", {{"notifyWhenSlow", true}})),
                     QString("ack"));
            watchers.push_back(std::move(op));
        }
        WsClient &eva = *watchers[0], &bia = *watchers[1], &dora = *watchers[2];
        QString token, otherToken;
        auto visitor = visitorOnPage(m_server, "suporte", &token);
        const qint64 chat = conversationOf(visitor->request("message", messageRequest("Alô?")));
        auto other = visitorOnPage(m_server, "", &otherToken);
        const qint64 later = conversationOf(other->request("message", messageRequest("Oi")));
        QVERIFY(eva.waitFor(notifyAbout(chat, "waiting")));
        QVERIFY(bia.waitFor(notifyAbout(later, "waiting")));
        QVERIFY(dora.waitFor(notifyAbout(later, "waiting")));
        QVERIFY(!hasNotifyAbout(bia, chat));
        QVERIFY(!hasNotifyAbout(dora, chat));
        // Only those who may see the chat may join it.
        QCOMPARE(codeOf(bia.request("join", {{"conversationId", chat}})), QString("not_found"));
        QCOMPARE(codeOf(eva.request("join", {{"conversationId", chat}})), QString("ack"));
        for (auto &op : watchers) {
            QCOMPARE(codeOf(op->request("set_slow_alerts", {{"notifyWhenSlow", false}})),
                     QString("ack"));
            op->request("set_status", {{"status", "offline"}});
        }
        QCOMPARE(codeOf(owner->request("set_slow_alerts", {{"thresholdSeconds", 60}})),
                 QString("ack"));
    }

    // WID-2, STA-4: a visitor's widget is live while one operator of their group is online;
    // one group going quiet leaves the other groups' widgets as they are.
    void theWidgetsModeFollowsTheGroup()
    {
        auto caio = online(m_team.caio.bearer);
        auto bia = online(m_team.bia.bearer);
        QString suporteToken, vendasToken, noGroupToken;
        Envelope suporteHello, vendasHello, noGroupHello;
        auto suporte = visitorOnPage(m_server, "suporte", &suporteToken, &suporteHello);
        auto vendas = visitorOnPage(m_server, "vendas", &vendasToken, &vendasHello);
        auto noGroup = visitorOnPage(m_server, "", &noGroupToken, &noGroupHello);
        for (const Envelope *hello : {&suporteHello, &vendasHello, &noGroupHello})
            QCOMPARE(hello->data.value("mode").toString(), QString("live"));
        // The team shown is the group's (WID-1).
        const auto names = [](const QJsonValue &team) {
            QStringList list;
            for (const QJsonValue &member : team.toArray())
                list << member.toObject().value("name").toString();
            return list;
        };
        QCOMPARE(names(suporteHello.data.value("team")), QStringList({"Caio", "Eva"}));
        QCOMPARE(names(vendasHello.data.value("team")), QStringList({"Bia"}));

        QCOMPARE(codeOf(caio->request("set_status", {{"status", "invisible"}})), QString("ack"));
        const auto quiet = suporte->waitFor(
            eventOf("mode", [](const QJsonObject &d) { return d.value("mode") == "messenger"; }));
        QVERIFY(quiet);
        // Bia going invisible is news for Vendas: its first mode event says so, so none came
        // for Caio; the ungrouped visitor still has Bia... until she goes too.
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "invisible"}})), QString("ack"));
        const auto vendasQuiet = vendas->waitForEvent("mode");
        QVERIFY(vendasQuiet);
        QCOMPARE(vendasQuiet->data.value("mode").toString(), QString("messenger"));
        QVERIFY(noGroup->waitFor(
            eventOf("mode", [](const QJsonObject &d) { return d.value("mode") == "messenger"; })));
        const auto noGroupModes = noGroup->eventsOfType("mode");
        QCOMPARE(noGroupModes.first().data.value("mode").toString(), QString("live"));
        // Back online: live again, for Suporte only.
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "online"}})), QString("ack"));
        QVERIFY(suporte->waitFor(
            eventOf("mode", [](const QJsonObject &d) { return d.value("mode") == "live"; })));
        QCOMPARE(vendas->eventsOfType("mode").size(), 1);
        offline({caio.get(), bia.get()});
    }

private:
    std::unique_ptr<WsClient> online(const QString &bearer)
    {
        auto op = connectOperator(m_server, bearer);
        if (op && codeOf(op->request("set_status", {{"status", "online"}})) != "ack")
            return nullptr;
        return op;
    }

    static void offline(std::initializer_list<WsClient *> operators)
    {
        for (WsClient *op : operators)
            op->request("set_status", {{"status", "offline"}});
    }

    ServerProcess m_server;
    GroupTeam m_team;
    QString m_eva;
    qint64 m_evaId = 0;
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
