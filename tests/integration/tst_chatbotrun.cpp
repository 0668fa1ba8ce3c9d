#include "chatbottrees.h"
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

QStringList labelsOf(const QJsonObject &prompt)
{
    QStringList labels;
    const QJsonArray replies = prompt.value("replies").toArray();
    for (const QJsonValue &label : replies)
        labels << label.toString();
    return labels;
}

// The texts of the `message` events a visitor received, in order.
QStringList messageTexts(const WsClient &visitor)
{
    QStringList texts;
    const auto frames = visitor.eventsOfType("message");
    for (const Envelope &frame : frames)
        texts << frame.data.value("author").toObject().value("kind").toString() + ": "
                     + frame.data.value("text").toString();
    return texts;
}

} // namespace

// BOT-1…6 at work on the real server, on both databases: an action on the pricing page starts
// "Vendas ou Suporte?", the visitor walks it with the reply buttons (resuming after a
// reconnect, exactly once), reaches the end and starts again, and is handed over to the
// Suporte group: only Suporte's operator is notified, with the reply's text. Writing instead
// of pressing a button hands over at once; stale and wrong answers are refused.
class TestChatbotRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_team.start(m_server));
        m_owner = connectOperator(m_server, m_team.owner.bearer);
        m_bia = connectOperator(m_server, m_team.bia.bearer);   // Vendas
        m_caio = connectOperator(m_server, m_team.caio.bearer); // Suporte
        QVERIFY(m_owner && m_bia && m_caio);
        // The owner (in no group) stays out of the way: grouped chats reach their group only.
        QCOMPARE(codeOf(m_owner->request("set_status", {{"status", "invisible"}})), QString("ack"));
        for (WsClient *op : {m_bia.get(), m_caio.get()})
            QCOMPARE(codeOf(op->request("set_status", {{"status", "online"}})), QString("ack"));
        const auto saved
            = m_owner->request("save_chatbot_scenario", {{"name", "Vendas ou Suporte?"},
                                                         {"groupId", m_team.suporte},
                                                         {"start", salesOrSupportTree()}});
        QCOMPARE(codeOf(saved), QString("ack"));
        m_scenario = saved->data.value("scenario").toObject().value("id").toInteger();
        const auto action = m_owner->request(
            "save_action",
            {{"name", "Bot on the pricing page"},
             {"enabled", true},
             {"conditions",
              QJsonArray{QJsonObject{{"field", "url"}, {"op", "contains"}, {"value", "/precos"}}}},
             {"repeat", "once_per_visit"},
             {"kind", "start_scenario"},
             {"scenarioId", m_scenario},
             {"live", true},
             {"messenger", true}});
        QCOMPARE(codeOf(action), QString("ack"));
        QCOMPARE(action->data.value("action").toObject().value("scenarioId").toInteger(),
                 m_scenario);
    }

    void aVisitorClicksThroughToTheSupportGroup()
    {
        QString token;
        auto visitor = visitorOnPricingPage(&token);
        QVERIFY(visitor);
        const auto first = visitor->waitForEvent("scenario");
        QVERIFY(first);
        QCOMPARE(labelsOf(first->data), QStringList({"Vendas", "Suporte"}));
        QCOMPARE(first->data.value("restart"), QJsonValue(false));
        const qint64 question = first->data.value("messageId").toInteger();
        QVERIFY(messageArrived(*visitor, question));
        const auto opening = visitor->eventsOfType("message");
        QCOMPARE(opening.size(), 1);
        QCOMPARE(opening[0].data.value("id").toInteger(), question);
        QCOMPARE(opening[0].data.value("author").toObject().value("kind").toString(),
                 QString("bot"));
        const qint64 chat = opening[0].data.value("conversationId").toInteger();

        // Vendas: the reply is the visitor's message, then the bot's next question.
        QCOMPARE(
            codeOf(visitor->request("scenario_reply", {{"messageId", question}, {"choice", 0}})),
            QString("ack"));
        const auto second = visitor->waitFor(eventOf("scenario", [&](const QJsonObject &d) {
            return d.value("messageId").toInteger() != question;
        }));
        QVERIFY(second);
        QCOMPARE(labelsOf(second->data), QStringList({"Mensal", "Anual"}));
        QVERIFY(messageArrived(*visitor, second->data.value("messageId").toInteger()));
        QCOMPARE(messageTexts(*visitor),
                 QStringList({"bot: Olá! Posso ajudar com **vendas** ou suporte?",
                              "visitor: Vendas", "bot: Qual plano lhe interessa?"}));

        // The same answer again, a reply that is not there: refused, nothing stored.
        QCOMPARE(
            codeOf(visitor->request("scenario_reply", {{"messageId", question}, {"choice", 0}})),
            QString("not_found"));
        const qint64 plans = second->data.value("messageId").toInteger();
        QCOMPARE(codeOf(visitor->request("scenario_reply", {{"messageId", plans}, {"choice", 2}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(visitor->request("scenario_reply", {{"messageId", plans}})),
                 QString("invalid_field"));

        // A reconnect (the next page) resumes: the same buttons, each message once.
        visitor.reset();
        Envelope hello;
        auto again = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(again);
        QCOMPARE(hello.data.value("scenario").toObject(), second->data);
        QCOMPARE(hello.data.value("messages").toArray().size(), 3);

        // Mensal ends the scenario: the answer, the default end message in Portuguese, and
        // "Start again" under it.
        QCOMPARE(codeOf(again->request("scenario_reply", {{"messageId", plans}, {"choice", 0}})),
                 QString("ack"));
        const auto ended = again->waitFor(
            eventOf("scenario", [](const QJsonObject &d) { return d.value("restart").toBool(); }));
        QVERIFY(ended);
        QVERIFY(messageArrived(*again, ended->data.value("messageId").toInteger()));
        QCOMPARE(messageTexts(*again),
                 QStringList({"visitor: Mensal", "bot: O mensal custa R$ 49.",
                              "bot: Obrigado por conversar com o nosso assistente! Se precisar "
                              "de mais alguma coisa, é só escrever aqui que a equipe responde."}));
        QCOMPARE(ended->data.value("messageId").toInteger(),
                 again->eventsOfType("message").last().data.value("id").toInteger());

        // Start again: the first question once more.
        QCOMPARE(
            codeOf(again->request("scenario_reply",
                                  {{"messageId", ended->data.value("messageId")}, {"choice", 0}})),
            QString("ack"));
        const auto restarted = again->waitFor(eventOf("scenario", [&](const QJsonObject &d) {
            return labelsOf(d) == QStringList({"Vendas", "Suporte"});
        }));
        QVERIFY(restarted);

        // Nobody heard of any of it: the chat is off the queue while the bot talks.
        QVERIFY(m_bia->eventsOfType("notify").isEmpty());
        QVERIFY(m_caio->eventsOfType("notify").isEmpty());

        // Suporte hands over: the visitor joins the group and only Caio is notified, with
        // the reply's text.
        QCOMPARE(codeOf(again->request(
                     "scenario_reply",
                     {{"messageId", restarted->data.value("messageId")}, {"choice", 1}})),
                 QString("ack"));
        const auto notified = m_caio->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == chat;
        }));
        QVERIFY(notified);
        QCOMPARE(notified->data.value("text").toString(), QString("Suporte"));
        QCOMPARE(notified->data.value("reason").toString(), QString("queued"));
        QVERIFY(
            again->waitFor(eventOf("scenario", [](const QJsonObject &d) { return d.isEmpty(); })));
        const qint64 visitorId = notified->data.value("visitorId").toInteger();
        const auto profile = m_owner->request("visitor", {{"visitorId", visitorId}});
        QCOMPARE(profile->data.value("visitor").toObject().value("groupId").toInteger(),
                 m_team.suporte);
        QCOMPARE(profile->data.value("visitor").toObject().value("groupSource").toString(),
                 QString("bot"));
        QVERIFY(biaHeardNothingOf(chat));

        // Over: no buttons on the next page.
        again.reset();
        auto later = connectVisitor(m_server, &token, -1, &hello);
        QVERIFY(later);
        QVERIFY(hello.data.value("scenario").isNull());
    }

    void writingHandsOverAtOnce()
    {
        QString token;
        auto visitor = visitorOnPricingPage(&token);
        QVERIFY(visitor);
        const auto prompt = visitor->waitForEvent("scenario");
        QVERIFY(prompt);
        const qint64 chat = say(*visitor, "Prefiro falar com uma pessoa");
        QVERIFY(chat > 0);
        QVERIFY(visitor->waitFor(
            eventOf("scenario", [](const QJsonObject &d) { return d.isEmpty(); })));
        const auto notified = m_caio->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == chat;
        }));
        QVERIFY(notified);
        QCOMPARE(notified->data.value("text").toString(), QString("Prefiro falar com uma pessoa"));
        // The buttons are gone for good.
        QCOMPARE(
            codeOf(visitor->request(
                "scenario_reply", {{"messageId", prompt->data.value("messageId")}, {"choice", 0}})),
            QString("not_found"));
        QVERIFY(biaHeardNothingOf(chat));
    }

    // BOT-6: "only once the chat window is opened" is the action's `window` condition.
    void startsOnceTheWindowOpens()
    {
        const auto action = m_owner->request(
            "save_action",
            {{"name", "Bot once the window opens"},
             {"conditions",
              QJsonArray{QJsonObject{{"field", "url"}, {"op", "contains"}, {"value", "/ajuda"}},
                         QJsonObject{{"field", "window"}, {"op", "is"}, {"value", "open"}}}},
             {"repeat", "once_per_visit"},
             {"kind", "start_scenario"},
             {"scenarioId", m_scenario},
             {"messenger", true}});
        QCOMPARE(codeOf(action), QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        // Two page views: a turn the first had started would be stored before the second's
        // (one write path, in order), and its buttons sent before the second's ack.
        for (int view = 0; view < 2; ++view)
            QCOMPARE(codeOf(visitor->request("page_view", {{"url", "https://shop.example/ajuda"}})),
                     QString("ack"));
        QVERIFY(visitor->eventsOfType("scenario").isEmpty());
        QCOMPARE(codeOf(visitor->request("window", {{"open", true}})), QString("ack"));
        const auto prompt = visitor->waitForEvent("scenario");
        QVERIFY(prompt);
        QCOMPARE(labelsOf(prompt->data), QStringList({"Vendas", "Suporte"}));
        QCOMPARE(codeOf(m_owner->request("delete_action",
                                         {{"id", action->data["action"]["id"].toInteger()}})),
                 QString("ack"));
    }

    void aScenarioInUseStays()
    {
        const auto refused = m_owner->request("delete_chatbot_scenario", {{"id", m_scenario}});
        QCOMPARE(codeOf(refused), QString("invalid_field"));
        QVERIFY(refused->data.value("message").toString().contains("Bot on the pricing page"));
        const auto unknown = m_owner->request("save_action", {{"name", "Nowhere"},
                                                              {"conditions", QJsonArray()},
                                                              {"repeat", "once_per_visit"},
                                                              {"kind", "start_scenario"},
                                                              {"scenarioId", m_scenario + 100}});
        QCOMPARE(codeOf(unknown), QString("invalid_field"));
        QVERIFY(unknown->data.value("message").toString().startsWith("\"scenarioId\""));
        const auto none = m_owner->request("save_action", {{"name", "No scenario"},
                                                           {"conditions", QJsonArray()},
                                                           {"repeat", "once_per_visit"},
                                                           {"kind", "start_scenario"}});
        QCOMPARE(none->data.value("message").toString(),
                 QString("\"scenarioId\" must name the scenario to start."));
        // Operators cannot start one either (the authorization matrix has the rest).
        QCOMPARE(codeOf(m_bia->request(
                     "save_action",
                     {{"name", "x"}, {"kind", "start_scenario"}, {"scenarioId", m_scenario}})),
                 QString("forbidden"));
    }

private:
    std::unique_ptr<WsClient> visitorOnPricingPage(QString *token)
    {
        auto visitor = connectVisitor(m_server, token);
        if (!visitor
            || codeOf(visitor->request(
                   "page_view", {{"url", "https://shop.example/precos"}, {"title", "Preços"}}))
                   != QLatin1String("ack"))
            return nullptr;
        return visitor;
    }

    static bool messageArrived(WsClient &visitor, qint64 id)
    {
        return visitor
            .waitFor(eventOf("message",
                             [&](const QJsonObject &d) { return d.value("id").toInteger() == id; }))
            .has_value();
    }

    // Bia (Vendas) is told of a chat of her own group, then of nothing about `chat` before it.
    bool biaHeardNothingOf(qint64 chat)
    {
        QString token;
        auto vendas = visitorOnPage(m_server, "vendas", &token);
        const qint64 marker = vendas ? say(*vendas, "Vocês entregam em Recife?") : 0;
        const auto seen = m_bia->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == marker;
        }));
        if (!seen)
            return false;
        const auto notes = m_bia->eventsOfType("notify");
        return std::none_of(notes.cbegin(), notes.cend(), [&](const Envelope &e) {
            return e.data.value("conversationId").toInteger() == chat;
        });
    }

    ServerProcess m_server;
    GroupTeam m_team;
    std::unique_ptr<WsClient> m_owner, m_bia, m_caio;
    qint64 m_scenario = 0;
};

QTEST_GUILESS_MAIN(TestChatbotRun)
#include "tst_chatbotrun.moc"
