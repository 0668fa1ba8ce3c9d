#include "groupteam.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

auto eventOf(const QString &type, const std::function<bool(const QJsonObject &)> &match)
{
    return [=](const Envelope &e) { return e.type == type && match(e.data); };
}

} // namespace

// GRP-2 and GRP-3 on the real server: the ways a visitor gets a group (the page's
// PapoGroupID, Papo('setGroup'), an operator in papo-desk, the visitor's own choice), the later
// one winning and each recorded with its source; the group's operators told of an operator's
// choice; the question with the first message; a chat moving out of an operator's sight; a
// deleted group's chats staying.
class TestGroupAssignment final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_team.start(m_server)); }

    void theLaterWins()
    {
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        QString token;
        Envelope hello;
        auto visitor = visitorOnPage(m_server, "VENDAS", &token, &hello); // any case
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        const auto group = [&] {
            return owner->request("visitor", {{"visitorId", visitorId}})
                ->data.value("visitor")
                .toObject();
        };
        QCOMPARE(group().value("groupId").toInteger(), m_team.vendas);
        QCOMPARE(group().value("group").toString(), QString("Vendas"));
        QCOMPARE(group().value("groupSource").toString(), QString("page"));
        QVERIFY(!group().value("groupSetAt").isNull());

        // Papo('setGroup') later on the page.
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"group", "suporte"}})), QString("ack"));
        QCOMPARE(group().value("groupId").toInteger(), m_team.suporte);
        QCOMPARE(group().value("groupSource").toString(), QString("api"));

        // An operator's choice in the visitor panel.
        QCOMPARE(codeOf(owner->request("set_visitor_group",
                                       {{"visitorId", visitorId}, {"groupId", m_team.vendas}})),
                 QString("ack"));
        QCOMPARE(group().value("groupSource").toString(), QString("operator"));
        QCOMPARE(group().value("groupSetBy").toInteger(), m_team.owner.id);

        // The next page says what it said before: the operator's choice stays...
        visitor = visitorOnPage(m_server, "suporte", &token);
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"group", "suporte"}})), QString("ack"));
        QCOMPARE(group().value("groupId").toInteger(), m_team.vendas);
        // ...a page of another group wins, an unknown key changes nothing, none neither.
        visitor = visitorOnPage(m_server, "vendas", &token);
        visitor = visitorOnPage(m_server, "suporte", &token);
        QCOMPARE(group().value("groupId").toInteger(), m_team.suporte);
        QCOMPARE(group().value("groupSource").toString(), QString("page"));
        visitor = visitorOnPage(m_server, "marketing", &token);
        visitor = visitorOnPage(m_server, "", &token);
        QCOMPARE(group().value("groupId").toInteger(), m_team.suporte);
        QVERIFY(visitor); // the widget works all the same

        // Clearing: setGroup with nothing, or the operator choosing no group.
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"group", ""}})), QString("ack"));
        QVERIFY(group().value("groupId").isNull());
        QCOMPARE(group().value("group").toString(), QString());
    }

    // GRP-2: an operator choosing the group in papo-desk's panel tells its operators at once,
    // and the chat leaves the lists of those who no longer see it.
    void theGroupsOperatorsAreToldOfAnOperatorsChoice()
    {
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        auto caio = connectOperator(m_server, m_team.caio.bearer);
        for (WsClient *op : {owner.get(), bia.get(), caio.get()})
            QCOMPARE(codeOf(op->request("set_status", {{"status", "online"}})), QString("ack"));
        QString token;
        Envelope hello;
        auto visitor = visitorOnPage(m_server, "vendas", &token, &hello);
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        const qint64 chat = say(*visitor, "Meu pedido não chegou");
        QVERIFY(bia->waitFor(eventOf("conversation", [&](const QJsonObject &d) {
            return d.value("id").toInteger() == chat;
        })));

        QCOMPARE(codeOf(bia->request("set_visitor_group",
                                     {{"visitorId", visitorId}, {"groupId", m_team.suporte}})),
                 QString("ack"));
        const auto told = caio->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("reason") == "assigned" && d.value("visitorId").toInteger() == visitorId;
        }));
        QVERIFY(told);
        QCOMPARE(told->data.value("conversationId").toInteger(), chat);
        QCOMPARE(told->data.value("groupId").toInteger(), m_team.suporte);
        QCOMPARE(told->data.value("byOperatorId").toInteger(), m_team.bia.id);
        QCOMPARE(told->data.value("text").toString(), QString("Meu pedido não chegou"));
        QVERIFY(caio->waitFor(eventOf("conversation", [&](const QJsonObject &d) {
            return d.value("id").toInteger() == chat
                   && d.value("groupId").toInteger() == m_team.suporte;
        })));
        // Bia no longer sees it: her lists drop it, and she cannot read it any more.
        QVERIFY(bia->waitFor(eventOf("conversation_removed", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == chat;
        })));
        QVERIFY(bia->waitForVisitorLeft(visitorId));
        QCOMPARE(codeOf(bia->request("history", {{"conversationId", chat}})), QString("not_found"));
        // The owner sees all, and is not called for a group he is not in.
        QCOMPARE(codeOf(owner->request("history", {{"conversationId", chat}})), QString("ack"));
        const auto ownerNotes = owner->eventsOfType("notify");
        QVERIFY(std::none_of(ownerNotes.cbegin(), ownerNotes.cend(), [](const Envelope &e) {
            return e.data.value("reason") == "assigned";
        }));
        for (WsClient *op : {owner.get(), bia.get(), caio.get()})
            op->request("set_status", {{"status", "offline"}});
    }

    // GRP-3: the visitor picks a group with their first message; only that group hears of it.
    void theVisitorChoosesWithTheFirstMessage()
    {
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        const qint64 website = owner->request("websites")
                                   ->data.value("websites")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("id")
                                   .toInteger();
        QString token;
        Envelope hello;
        auto before = visitorOnPage(m_server, "", &token, &hello);
        QVERIFY(hello.data.value("groupQuestion").isNull()); // the website does not ask yet
        QCOMPARE(
            codeOf(owner->request("update_website", {{"websiteId", website}, {"askGroup", true}})),
            QString("ack"));
        // Nobody of any group online: not asked.
        token.clear();
        auto nobody = visitorOnPage(m_server, "", &token, &hello);
        QVERIFY(hello.data.value("groupQuestion").isNull());

        auto bia = connectOperator(m_server, m_team.bia.bearer);
        auto caio = connectOperator(m_server, m_team.caio.bearer);
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "online"}})), QString("ack"));
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "online"}})), QString("ack"));
        // Waiting visitors learn that they may now be asked.
        QVERIFY(nobody->waitFor(eventOf(
            "mode", [](const QJsonObject &d) { return d.value("groupQuestion").isObject(); })));
        token.clear();
        auto visitor = visitorOnPage(m_server, "", &token, &hello);
        const QJsonObject question = hello.data.value("groupQuestion").toObject();
        QCOMPARE(question.value("notSure").toBool(), true);
        QStringList offered;
        for (const QJsonValue &group : question.value("groups").toArray())
            offered << group.toObject().value("name").toString();
        QCOMPARE(offered, QStringList({"Suporte", "Vendas"}));
        // Not asked of a visitor who has a group.
        QString groupedToken;
        auto grouped = visitorOnPage(m_server, "vendas", &groupedToken, &hello);
        QVERIFY(hello.data.value("groupQuestion").isNull());

        QJsonObject first = messageRequest("Quero comprar 3 cadeiras");
        first.insert("groupId", m_team.vendas);
        const qint64 chat = visitor->request("message", first)
                                ->data.value("message")
                                .toObject()
                                .value("conversationId")
                                .toInteger();
        QVERIFY(bia->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == chat && d.value("reason") == "queued";
        })));
        // A chat after it, for everyone: Caio got that one and not the first.
        const qint64 later = say(*nobody, "Oi");
        QVERIFY(caio->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == later;
        })));
        const auto caioNotes = caio->eventsOfType("notify");
        QVERIFY(std::none_of(caioNotes.cbegin(), caioNotes.cend(), [&](const Envelope &e) {
            return e.data.value("conversationId").toInteger() == chat;
        }));
        // The choice stays with the visitor: asked no more, and a second answer changes nothing.
        Envelope again;
        auto back = visitorOnPage(m_server, "", &token, &again);
        QVERIFY(again.data.value("groupQuestion").isNull());
        QJsonObject second = messageRequest("Alô");
        second.insert("groupId", m_team.suporte);
        QCOMPARE(codeOf(back->request("message", second)), QString("ack"));
        QCOMPARE(owner->request("visitor", {{"visitorId", again.data.value("visitorId")}})
                     ->data.value("visitor")
                     .toObject()
                     .value("groupSource")
                     .toString(),
                 QString("visitor"));
        QCOMPARE(codeOf(owner->request("history", {{"conversationId", chat}})), QString("ack"));
        QCOMPARE(codeOf(caio->request("history", {{"conversationId", chat}})),
                 QString("not_found"));

        // "Not sure": the chat stays for everyone.
        QString unsureToken;
        auto unsure = visitorOnPage(m_server, "", &unsureToken, &hello);
        QJsonObject notSure = messageRequest("Tenho uma dúvida");
        notSure.insert("groupId", 0);
        const qint64 open = unsure->request("message", notSure)
                                ->data.value("message")
                                .toObject()
                                .value("conversationId")
                                .toInteger();
        QVERIFY(caio->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == open;
        })));
        QVERIFY(bia->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == open;
        })));
        QCOMPARE(
            codeOf(owner->request("update_website", {{"websiteId", website}, {"askGroup", "yes"}})),
            QString("invalid_field"));
        QCOMPARE(
            codeOf(owner->request("update_website", {{"websiteId", website}, {"askGroup", false}})),
            QString("ack"));
        bia->request("set_status", {{"status", "offline"}});
        caio->request("set_status", {{"status", "offline"}});
    }

    // GRP-1: deleting a group loses nothing; its chats belong to everyone.
    void aDeletedGroupsChatsStay()
    {
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        auto caio = connectOperator(m_server, m_team.caio.bearer);
        const qint64 temporary = createGroup(*owner, "Temporário", {m_team.bia.id});
        QString token;
        Envelope hello;
        auto visitor = visitorOnPage(m_server, "temporario", &token, &hello);
        const qint64 chat = say(*visitor, "Ainda estão aí?");
        QCOMPARE(codeOf(caio->request("history", {{"conversationId", chat}})),
                 QString("not_found"));

        QCOMPARE(codeOf(owner->request("delete_group", {{"id", temporary}})), QString("ack"));
        QVERIFY(caio->waitFor(eventOf("groups", [&](const QJsonObject &d) {
            const QJsonArray groups = d.value("groups").toArray();
            return std::none_of(groups.cbegin(), groups.cend(), [&](const QJsonValue &g) {
                return g.toObject().value("id").toInteger() == temporary;
            });
        })));
        const auto history = caio->request("history", {{"conversationId", chat}});
        QCOMPARE(codeOf(history), QString("ack"));
        QCOMPARE(
            history->data.value("messages").toArray().first().toObject().value("text").toString(),
            QString("Ainda estão aí?"));
        const auto visitorNow
            = caio->request("visitor", {{"visitorId", hello.data.value("visitorId")}})
                  ->data.value("visitor")
                  .toObject();
        QVERIFY(visitorNow.value("groupId").isNull());
        QVERIFY(visitorNow.value("conversations")
                    .toArray()
                    .first()
                    .toObject()
                    .value("groupId")
                    .isNull());
    }

private:
    ServerProcess m_server;
    GroupTeam m_team;
};

QTEST_GUILESS_MAIN(TestGroupAssignment)
#include "tst_groupassignment.moc"
