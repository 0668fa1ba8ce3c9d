#include "groupteam.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QJsonObject condition(const QString &field, const QString &op, const QString &value)
{
    return {{"field", field}, {"op", op}, {"value", value}};
}

// A targeted message from the bot, once per visit, after `seconds` on a page whose URL
// contains `page`; `extra` overrides any field.
QJsonObject botMessage(const QString &name, const QString &page, int seconds,
                       const QJsonObject &extra = {})
{
    QJsonObject action{
        {"name", name},
        {"enabled", true},
        {"conditions", QJsonArray{condition("url", "contains", page),
                                  condition("time_on_page", "at_least", QString::number(seconds))}},
        {"repeat", "once_per_visit"},
        {"delay", 0},
        {"kind", "message"},
        {"sender", "bot"},
        {"live", true},
        {"messenger", true},
        {"liveText", name}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        action.insert(it.key(), it.value());
    return action;
}

bool pageView(WsClient &visitor, const QString &path)
{
    return codeOf(visitor.request("page_view",
                                  {{"url", "https://shop.example" + path}, {"title", path}}))
           == QLatin1String("ack");
}

QStringList targetedTexts(const WsClient &visitor)
{
    QStringList texts;
    const auto frames = visitor.received();
    for (const Envelope &frame : frames)
        if (frame.type == QLatin1String("targeted"))
            texts << frame.data.value("text").toString();
    return texts;
}

QList<qint64> targetedIds(const WsClient &visitor)
{
    QList<qint64> ids;
    const auto frames = visitor.received();
    for (const Envelope &frame : frames)
        if (frame.type == QLatin1String("targeted"))
            ids << frame.data.value("id").toInteger();
    return ids;
}

} // namespace

// ACT-1…7 on the real server: actions saved by admins and validated, targeted messages on
// the visitor's socket after their delay, the politeness rules (once per visit, not while
// chatting, the interval, live and messenger texts, no invisible sender), "assign to a group",
// the reply reaching the named operator, manual invitations and a restart.
class TestActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_team.start(m_server));
        m_owner = connectOperator(m_server, m_team.owner.bearer); // online: live mode
        QVERIFY(m_owner);
    }

    void init() { QVERIFY(clearActions()); }

    void adminsOnlyAndClearErrors()
    {
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        QCOMPARE(codeOf(bia->request("actions")), QString("forbidden"));
        QCOMPARE(codeOf(bia->request("save_action", botMessage("x", "/cart", 1))),
                 QString("forbidden"));
        bia.reset();

        const auto refusal = [&](const QJsonObject &extra) {
            const auto reply
                = m_owner->request("save_action", botMessage("Cart", "/cart", 1, extra));
            return codeOf(reply) + ": " + reply->data.value("message").toString();
        };
        QVERIFY(refusal({{"delay", 90000}}).contains("\"delay\""));
        QVERIFY(refusal({{"conditions",
                          QJsonArray{condition("url", "matches", "https://shop example/*")}}})
                    .contains("conditions[0]"));
        QVERIFY(refusal({{"conditions", QJsonArray{condition("weather", "is", "sunny")}}})
                    .contains("weather"));
        QVERIFY(refusal({{"liveText", " "}}).contains("\"liveText\""));
        QVERIFY(refusal({{"live", false}, {"messenger", false}}).contains("\"live\""));
        QVERIFY(refusal({{"translations", QJsonObject{{"fr", QJsonObject{{"liveText", "Salut"}}}}}})
                    .contains("\"translations\": \"fr\""));
        QVERIFY(
            refusal({{"translations", QJsonObject{{"pt", QJsonObject{{"messengerText", "Oi"}}}}}})
                .contains("\"translations.pt.liveText\""));
        QVERIFY(refusal({{"sender", "operator"}, {"senderId", 999}}).contains("\"senderId\""));
        QVERIFY(refusal({{"kind", "assign_group"}, {"groupId", 999}}).contains("\"groupId\""));
        // An operator who was deactivated cannot be the sender.
        QVERIFY(addOperator(m_server, "edu@papo.test", "Edu", "senha-do-edu"));
        qint64 eduId = 0;
        for (const QJsonValue &member : m_owner->request("team")->data.value("operators").toArray())
            if (member["name"].toString() == QLatin1String("Edu"))
                eduId = member["id"].toInteger();
        QCOMPARE(codeOf(m_owner->request("set_active", {{"operatorId", eduId}, {"active", false}})),
                 QString("ack"));
        const QString deactivated = refusal({{"sender", "operator"}, {"senderId", eduId}});
        QVERIFY2(deactivated.startsWith("invalid_field") && deactivated.contains("deactivated"),
                 qPrintable(deactivated));
    }

    // ACT-5, ACT-6: the cart template needs only the URL and the text; a copy is editable.
    void templatesAndDuplicates()
    {
        const auto templates = m_owner->request("action_templates", {{"language", "pt-BR"}});
        QCOMPARE(codeOf(templates), QString("ack"));
        QStringList keys;
        for (const QJsonValue &t : templates->data.value("templates").toArray())
            keys << t["template"].toString();
        QCOMPARE(keys, QStringList({"landing", "complicated", "contact", "cart"}));
        QJsonObject cart = templates->data.value("templates").toArray().at(3).toObject();
        QVERIFY(cart["liveText"].toString().contains("pedido"));
        // A Spanish-speaking owner gets them in Spanish.
        const auto spanish = m_owner->request("action_templates", {{"language", "es-MX"}});
        QCOMPARE(spanish->data.value("templates").toArray().at(3)["name"].toString(),
                 QString("Página del carrito"));
        QCOMPARE(spanish->data.value("templates").toArray().at(3)["liveText"].toString(),
                 QString("¿Alguna duda sobre tu pedido? Estoy aquí para ayudarte."));
        const qint64 id = save(fromTemplate(cart, "https://shop.example/cart"));
        QVERIFY(id > 0);
        const auto copy = m_owner->request("duplicate_action", {{"id", id}});
        QCOMPARE(codeOf(copy), QString("ack"));
        const QJsonObject duplicated = copy->data.value("action").toObject();
        QVERIFY(duplicated["id"].toInteger() != id);
        QCOMPARE(duplicated["enabled"].toBool(), false);
        QCOMPARE(duplicated["liveText"], cart["liveText"]);
        QCOMPARE(duplicated["conditions"].toArray().size(), 2);
        QCOMPARE(m_owner->request("actions")->data.value("actions").toArray().size(), 2);
        QCOMPARE(codeOf(m_owner->request("delete_action", {{"id", id}})), QString("ack"));
        QCOMPARE(codeOf(m_owner->request("delete_action", {{"id", id}})), QString("not_found"));
    }

    // The cart template: the card comes after the time on the cart page, from the named
    // operator, once per visit; the reply opens the chat with that operator, the targeted
    // message above it in the history.
    void cartTemplateOncePerVisit()
    {
        const auto templates = m_owner->request("action_templates", {{"language", "en"}});
        QJsonObject cart
            = fromTemplate(templates->data.value("templates").toArray().at(3).toObject(),
                           "https://shop.example/cart");
        cart["conditions"] = QJsonArray{condition("url", "is", "https://shop.example/cart"),
                                        condition("time_on_page", "at_least", "2")};
        cart["sender"] = "operator";
        cart["senderId"] = m_team.owner.id;
        QVERIFY(save(cart) > 0);
        QVERIFY(save(marker(3)) > 0);

        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        QElapsedTimer onCart;
        onCart.start();
        QVERIFY(pageView(*visitor, "/cart"));
        const auto card = visitor->waitForEvent("targeted");
        QVERIFY(card);
        QVERIFY2(onCart.elapsed() >= 1900, "not before the time on the page");
        QCOMPARE(card->data.value("text").toString(), cart["liveText"].toString());
        const QJsonObject sender = card->data.value("sender").toObject();
        QCOMPARE(sender["kind"].toString(), QString("operator"));
        QCOMPARE(sender["name"].toString(), m_owner->received()
                                                .value(0)
                                                .data.value("operator")
                                                .toObject()
                                                .value("name")
                                                .toString());
        QVERIFY(!keysOf(sender).contains("email"));
        // VIS-3: the visitors list shows the invitation.
        QVERIFY(visitorOf(visitorId)["invited"].toBool());

        // Reloading the cart page in the same visit: the marker comes, the action does not
        // fire again; the card not answered yet comes back, the same one.
        visitor = connectVisitor(m_server, &token);
        QVERIFY(pageView(*visitor, "/cart"));
        QVERIFY(waitForMarker(visitorId, *visitor));
        QCOMPARE(targetedIds(*visitor), QList<qint64>{card->data["id"].toInteger()});

        // The visitor answers: the conversation is the named operator's, the card first.
        QVERIFY(say(*visitor, "Does it ship to Recife?") > 0);
        const auto conversation = m_owner->waitFor([&](const Envelope &e) {
            return e.type == "conversation" && e.data["visitorId"].toInteger() == visitorId
                   && e.data["lastMessage"]["author"]["kind"].toString() == "visitor";
        });
        QVERIFY(conversation);
        QCOMPARE(conversation->data["ownerId"].toInteger(), m_team.owner.id);
        const auto history = m_owner->request(
            "history", {{"conversationId", conversation->data["id"].toInteger()}});
        const QJsonArray messages = history->data.value("messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)["text"].toString(), cart["liveText"].toString());
        QCOMPARE(messages.at(1)["text"].toString(), QString("Does it ship to Recife?"));
    }

    // ACT-2: nothing while the visitor is chatting.
    void notWhileChatting()
    {
        QVERIFY(save(botMessage("Help with the cart?", "/cart", 1)) > 0);
        QVERIFY(save(marker(2)) > 0);
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(say(*visitor, "Hello, I have a question") > 0);
        QVERIFY(pageView(*visitor, "/cart"));
        QVERIFY(waitForMarker(hello.data.value("visitorId").toInteger(), *visitor));
        QCOMPARE(targetedTexts(*visitor), QStringList());
    }

    // ACT-2: one targeted message per visitor per interval (5 minutes unless set).
    void intervalBetweenMessages()
    {
        QVERIFY(save(botMessage("First", "/cart", 1)) > 0);
        QVERIFY(save(botMessage("Second", "/cart", 2)) > 0);
        QVERIFY(save(marker(3)) > 0);
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(pageView(*visitor, "/cart"));
        QVERIFY(waitForMarker(hello.data.value("visitorId").toInteger(), *visitor));
        QCOMPARE(targetedTexts(*visitor), QStringList({"First"}));

        // A shorter interval lets the second come, that long after the first.
        QCOMPARE(codeOf(m_owner->request("action_settings", {{"intervalSeconds", 2}})),
                 QString("ack"));
        QString other;
        visitor = connectVisitor(m_server, &other);
        QVERIFY(pageView(*visitor, "/cart"));
        QVERIFY(visitor->waitForEvent("targeted"));
        QElapsedTimer gap;
        gap.start();
        QVERIFY(visitor->waitFor([](const Envelope &e) {
            return e.type == "targeted" && e.data["text"].toString() == "Second";
        }));
        QVERIFY(gap.elapsed() >= 900); // "Second" was due 1 s after "First", then waited
        QCOMPARE(targetedTexts(*visitor), QStringList({"First", "Second"}));
        QCOMPARE(codeOf(m_owner->request("action_settings", {{"intervalSeconds", 300}})),
                 QString("ack"));
    }

    // ACT-4, STA-2: live and messenger texts; an offline operator greets nobody live.
    void liveAndMessenger()
    {
        QVERIFY(save(botMessage("Live hello", "/cart", 1,
                                {{"messengerText", "We'll get back to you soon"}}))
                > 0);
        QString token;
        Envelope hello;
        auto live = connectVisitor(m_server, &token, -1, &hello);
        QCOMPARE(hello.data.value("mode").toString(), QString("live"));
        QVERIFY(pageView(*live, "/cart"));
        auto card = live->waitForEvent("targeted");
        QVERIFY(card);
        QCOMPARE(card->data["text"].toString(), QString("Live hello"));

        QString suporteToken; // Caio, Suporte's only member, is not connected
        auto messenger = visitorOnPage(m_server, "suporte", &suporteToken, &hello);
        QCOMPARE(hello.data.value("mode").toString(), QString("messenger"));
        QVERIFY(pageView(*messenger, "/cart"));
        card = messenger->waitForEvent("targeted");
        QVERIFY(card);
        QCOMPARE(card->data["text"].toString(), QString("We'll get back to you soon"));

        // Live only, from Caio who is offline: never sent; the marker shows time passed.
        QVERIFY(clearActions());
        QVERIFY(save(botMessage(
                    "From Caio", "/checkout", 1,
                    {{"sender", "operator"}, {"senderId", m_team.caio.id}, {"messenger", false}}))
                > 0);
        QVERIFY(save(marker(2)) > 0);
        QString third;
        auto visitor = connectVisitor(m_server, &third, -1, &hello);
        QVERIFY(pageView(*visitor, "/checkout"));
        QVERIFY(waitForMarker(hello.data.value("visitorId").toInteger(), *visitor));
        QCOMPARE(targetedTexts(*visitor), QStringList());
    }

    // Point 7: the texts in the visitor's browser language, live and messenger; a visitor
    // whose language has no translation gets the default texts.
    void textsInTheVisitorsLanguage()
    {
        const QJsonObject translations{
            {"pt", QJsonObject{{"liveText", "Posso ajudar com o carrinho?"},
                               {"messengerText", "Respondemos em breve"}}},
            {"es", QJsonObject{{"liveText", "¿Te ayudo con el carrito?"}}}};
        QVERIFY(save(botMessage("Cart help", "/cart", 1, {{"translations", translations}})) > 0);
        const auto cardFor = [&](std::unique_ptr<WsClient> visitor) {
            if (!visitor || !pageView(*visitor, "/cart"))
                return QStringLiteral("no visitor");
            const auto card = visitor->waitForEvent("targeted");
            return card ? card->data["text"].toString() : QStringLiteral("no card");
        };
        QCOMPARE(cardFor(visitorSpeaking("pt-BR")), QString("Posso ajudar com o carrinho?"));
        QCOMPARE(cardFor(visitorSpeaking("es")), QString("¿Te ayudo con el carrito?"));
        QCOMPARE(cardFor(visitorSpeaking("de-DE")), QString("Cart help"));
        QString token; // Suporte has nobody online: messenger mode, in Portuguese
        QCOMPARE(cardFor(visitorOnPage(m_server, "suporte", &token)),
                 QString("Respondemos em breve"));

        const QJsonObject saved
            = m_owner->request("actions")->data.value("actions").toArray().at(0).toObject();
        QCOMPARE(saved["translations"]["pt"]["messengerText"].toString(),
                 QString("Respondemos em breve"));
        QCOMPARE(saved["translations"]["es"]["liveText"].toString(),
                 QString("¿Te ayudo con el carrito?"));
    }

    // ACT-3: "assign to a group" changes who gets the visitor's chat.
    void assignToGroupRoutes()
    {
        QJsonObject assign = botMessage("To Vendas", "/cart", 1,
                                        {{"kind", "assign_group"}, {"groupId", m_team.vendas}});
        QVERIFY(save(assign) > 0);
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        QVERIFY(pageView(*visitor, "/cart"));
        QTRY_COMPARE_WITH_TIMEOUT(visitorOf(visitorId)["groupId"].toInteger(), m_team.vendas,
                                  20000);
        QCOMPARE(visitorOf(visitorId)["groupSource"].toString(), QString("action"));
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        auto caio = connectOperator(m_server, m_team.caio.bearer);
        QVERIFY(say(*visitor, "Quero comprar") > 0);
        QVERIFY(bia->waitFor([&](const Envelope &e) {
            return e.type == "conversation" && e.data["visitorId"].toInteger() == visitorId;
        }));
        const auto caioQueue = caio->request("conversations");
        for (const QJsonValue &c : caioQueue->data.value("conversations").toArray())
            QVERIFY(c["visitorId"].toInteger() != visitorId);
    }

    // ACT-7: an operator invites by hand; an invisible one cannot.
    void manualTargetedMessage()
    {
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "invisible"}})), QString("ack"));
        QCOMPARE(codeOf(bia->request("start_conversation", QJsonObject{{"visitorId", visitorId},
                                                                       {"cid", newClientId()},
                                                                       {"text", "Oi!"}})),
                 QString("forbidden"));
        QVERIFY(!visitorOf(visitorId)["invited"].toBool());
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "online"}})), QString("ack"));
        QCOMPARE(codeOf(bia->request("start_conversation", QJsonObject{{"visitorId", visitorId},
                                                                       {"cid", newClientId()},
                                                                       {"text", "Oi!"}})),
                 QString("ack"));
        QVERIFY(visitor->waitForEvent("message"));
        QVERIFY(visitorOf(visitorId)["invited"].toBool());
    }

    // A restart neither fires again what fired, nor forgets what was armed.
    void restart()
    {
        QVERIFY(save(botMessage("Before the restart", "/cart", 1)) > 0);
        QVERIFY(save(botMessage("Armed", "/checkout", 2, {{"repeat", "once_per_visitor"}})) > 0);
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        const qint64 visitorId = hello.data.value("visitorId").toInteger();
        QVERIFY(pageView(*visitor, "/cart"));
        const auto before = visitor->waitForEvent("targeted");
        QVERIFY(before);
        QVERIFY(pageView(*visitor, "/checkout")); // "Armed" waits 2 s: the server stops first
        visitor.reset();
        m_owner.reset();
        QVERIFY(m_server.restart());
        m_owner = connectOperator(m_server, m_team.owner.bearer);
        QCOMPARE(codeOf(m_owner->request("action_settings", {{"intervalSeconds", 0}})),
                 QString("ack"));
        QVERIFY(save(marker(4)) > 0);
        visitor = connectVisitor(m_server, &token);
        QVERIFY(pageView(*visitor, "/cart"));
        QVERIFY(pageView(*visitor, "/checkout"));
        QVERIFY(waitForMarker(visitorId, *visitor));
        // The card not answered comes back (the same one), and only "Armed" fires.
        QCOMPARE(targetedTexts(*visitor), QStringList({"Before the restart", "Armed"}));
        QCOMPARE(targetedIds(*visitor).value(0), before->data["id"].toInteger());
        QCOMPARE(codeOf(m_owner->request("action_settings", {{"intervalSeconds", 300}})),
                 QString("ack"));
    }

private:
    qint64 save(const QJsonObject &action)
    {
        const auto reply = m_owner->request("save_action", action);
        if (codeOf(reply) != QLatin1String("ack"))
            qWarning("save_action: %s", qPrintable(reply->data.value("message").toString()));
        return codeOf(reply) == QLatin1String("ack")
                   ? reply->data.value("action").toObject().value("id").toInteger()
                   : 0;
    }

    std::unique_ptr<WsClient> visitorSpeaking(const QString &language)
    {
        auto visitor = std::make_unique<WsClient>();
        if (!visitor->open(m_server.wsUrl("/ws/visitor")))
            return nullptr;
        QJsonObject hello = visitorHello(m_server.websiteKey());
        hello["lang"] = language;
        if (codeOf(visitor->request("hello", hello)) != QLatin1String("ack"))
            return nullptr;
        return visitor;
    }

    bool clearActions()
    {
        const auto list = m_owner->request("actions");
        if (codeOf(list) != QLatin1String("ack"))
            return false;
        for (const QJsonValue &action : list->data.value("actions").toArray())
            if (codeOf(m_owner->request("delete_action", {{"id", action["id"].toInteger()}}))
                != QLatin1String("ack"))
                return false;
        return true;
    }

    static QJsonObject fromTemplate(QJsonObject action, const QString &url)
    {
        QJsonArray conditions = action["conditions"].toArray();
        QJsonObject first = conditions.at(0).toObject();
        first["value"] = url;
        conditions[0] = first;
        action["conditions"] = conditions;
        action["enabled"] = true;
        action["sender"] = "bot";
        action.remove("template");
        return action;
    }

    // An action that puts the visitor in Suporte after `seconds` on any page: proof that
    // everything due before it had its chance.
    QJsonObject marker(int seconds) const
    {
        return botMessage(
            "Marker", "https://", seconds,
            {{"kind", "assign_group"}, {"groupId", m_team.suporte}, {"repeat", "every_page"}});
    }

    bool waitForMarker(qint64 visitorId, WsClient &visitor)
    {
        // Asked ten times a second: asking as fast as the answers come would take the owner's
        // socket past the frame limit (docs/security.md) over a few markers in a row.
        QElapsedTimer waited;
        waited.start();
        while (visitorOf(visitorId)["groupId"].toInteger() != m_team.suporte) {
            if (waited.hasExpired(20000))
                return false;
            QTest::qWait(100);
        }
        // A round trip on the visitor's socket: whatever was sent before is read now.
        return codeOf(visitor.request("typing", {{"typing", false}})) == QLatin1String("ack");
    }

    QJsonObject visitorOf(qint64 visitorId)
    {
        const auto reply = m_owner->request("visitor", {{"visitorId", visitorId}});
        return reply ? reply->data.value("visitor").toObject() : QJsonObject();
    }

    ServerProcess m_server;
    GroupTeam m_team;
    std::unique_ptr<WsClient> m_owner;
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
