#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

qint64 idOfPosted(const std::optional<Envelope> &ack)
{
    return ack ? ack->data.value("message").toObject().value("id").toInteger() : 0;
}

auto notifyAbout(qint64 messageId, const QString &reason = {})
{
    return [=](const Envelope &e) {
        return e.type == QLatin1String("notify")
               && e.data.value("messageId").toInteger() == messageId
               && (reason.isEmpty() || e.data.value("reason").toString() == reason);
    };
}

bool hasNotifyAbout(const WsClient &client, qint64 messageId)
{
    const auto events = client.eventsOfType("notify");
    return std::any_of(events.cbegin(), events.cend(), [&](const Envelope &e) {
        return e.data.value("messageId").toInteger() == messageId;
    });
}

} // namespace

// `notify` events (NOT-1, NOT-2, STA-5) from the real server. --notify-delay 2 makes
// NOT-2's 30 s two seconds (long enough for a loaded machine to see the first client's
// notification before the others'); no test waits on a clock: deferred notifications are
// checked by their order, which the server's single deadline queue keeps.
class TestNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({"--notify-delay", "2"});
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia));
        m_caio = addOperatorAndLogIn(m_server, "caio@papo.test", "Caio", "senha-do-caio");
        QVERIFY(!m_caio.isEmpty());
    }

    void theClientUsedLastIsNotifiedFirst()
    {
        auto desktop = connectOperator(m_server, m_ana);
        auto laptop = connectOperator(m_server, m_ana);
        QVERIFY(desktop && laptop);
        QCOMPARE(codeOf(desktop->request("set_status", {{"status", "online"}})), "ack");
        QCOMPARE(codeOf(laptop->request("active")), "ack"); // the laptop is used last

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 first = idOfPosted(visitor->request("message", messageRequest("Oi!")));
        QVERIFY(first > 0);
        const auto atOnce = laptop->waitFor(notifyAbout(first, "queued"));
        QVERIFY(atOnce);
        QCOMPARE(atOnce->data.value("text").toString(), QString("Oi!"));
        QVERIFY(!hasNotifyAbout(*desktop, first)); // the desktop hears of it only later...
        QVERIFY(desktop->waitFor(notifyAbout(first, "queued"))); // ...but it does

        // Using the desktop again makes it the first to know.
        QCOMPARE(codeOf(desktop->request("active")), "ack");
        const qint64 second = idOfPosted(visitor->request("message", messageRequest("Alô?")));
        QVERIFY(desktop->waitFor(notifyAbout(second)));
        QVERIFY(!hasNotifyAbout(*laptop, second));
        QVERIFY(laptop->waitFor(notifyAbout(second)));
        QCOMPARE(desktop->eventsOfType("notify").size(), 2);
        QCOMPARE(laptop->eventsOfType("notify").size(), 2);
        QCOMPARE(codeOf(desktop->request("set_status", {{"status", "offline"}})), "ack");
    }

    void aChatReadMeanwhileIsNotNotifiedAgain()
    {
        auto desktop = connectOperator(m_server, m_ana);
        auto laptop = connectOperator(m_server, m_ana);
        QCOMPARE(codeOf(laptop->request("set_status", {{"status", "online"}})), "ack");

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const auto posted = visitor->request("message", messageRequest("Tem em azul?"));
        const qint64 unread = idOfPosted(posted);
        const qint64 conversationId
            = posted->data.value("message").toObject().value("conversationId").toInteger();
        QVERIFY(laptop->waitFor(notifyAbout(unread)));
        QCOMPARE(codeOf(laptop->request("read",
                                        {{"conversationId", conversationId}, {"upToId", unread}})),
                 "ack");

        // Another chat's message, deferred for the desktop after the first one: once it
        // arrives, the first would have too.
        QString otherToken;
        auto other = connectVisitor(m_server, &otherToken);
        const qint64 later = idOfPosted(other->request("message", messageRequest("Oi")));
        QVERIFY(laptop->waitFor(notifyAbout(later)));
        QVERIFY(desktop->waitFor(notifyAbout(later)));
        QVERIFY(!hasNotifyAbout(*desktop, unread));
        QCOMPARE(codeOf(laptop->request("set_status", {{"status", "offline"}})), "ack");
    }

    void ownedChatsNotifyTheirOperatorsOnly()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(codeOf(ana->request("set_status", {{"status", "online"}})), "ack");
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "online"}})), "ack");
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const auto posted = visitor->request("message", messageRequest("Quero trocar"));
        const qint64 conversationId
            = posted->data.value("message").toObject().value("conversationId").toInteger();
        QVERIFY(bia->waitFor(notifyAbout(idOfPosted(posted), "queued")));
        QJsonObject reply = messageRequest("Claro!");
        reply.insert("conversationId", conversationId);
        QCOMPARE(codeOf(ana->request("send", reply)), "ack");

        const qint64 next = idOfPosted(visitor->request("message", messageRequest("Obrigado")));
        QVERIFY(ana->waitFor(notifyAbout(next, "message")));
        QCOMPARE(codeOf(bia->request("team")), "ack"); // anything for Bia would be here by now
        QVERIFY(!hasNotifyAbout(*bia, next));

        // Added to the chat (CHT-1), Bia is told so even while invisible (NOT-1).
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "invisible"}})), "ack");
        QCOMPARE(codeOf(ana->request("add_operator",
                                     {{"conversationId", conversationId}, {"operatorId", 2}})),
                 "ack");
        const auto invited = bia->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("notify")
                   && e.data.value("reason").toString() == QLatin1String("invited");
        });
        QVERIFY(invited);
        QCOMPARE(invited->data.value("conversationId").toInteger(), conversationId);
        for (auto *client : {ana.get(), bia.get()})
            QCOMPARE(codeOf(client->request("set_status", {{"status", "offline"}})), "ack");
    }

    // STA-5: invisible operators who opted in hear of chats that waited too long, and may
    // join them.
    void slowAnswersReachInvisibleOperatorsWhoOptedIn()
    {
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        auto caio = connectOperator(m_server, m_caio);
        QCOMPARE(codeOf(bia->request("set_slow_alerts", {{"thresholdSeconds", 1}})),
                 "forbidden"); // the threshold is the account's: admins only
        const auto optedIn = bia->request("set_slow_alerts", {{"notifyWhenSlow", true}});
        QCOMPARE(codeOf(optedIn), "ack");
        QCOMPARE(optedIn->data.value("thresholdSeconds").toInt(), 60);
        QCOMPARE(codeOf(ana->request("set_slow_alerts", {{"thresholdSeconds", 0}})),
                 "invalid_field");
        const auto threshold = ana->request("set_slow_alerts", {{"thresholdSeconds", 1}});
        QCOMPARE(threshold->data.value("thresholdSeconds").toInt(), 1);
        QCOMPARE(threshold->data.value("notifyWhenSlow").toBool(), false);
        QCOMPARE(bia->request("slow_alerts")->data.value("notifyWhenSlow").toBool(), true);
        QCOMPARE(codeOf(ana->request("set_status", {{"status", "online"}})), "ack");
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "invisible"}})), "ack");
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "invisible"}})), "ack");

        // Ana owns the chat, then leaves the visitor's next message unanswered.
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const auto first = visitor->request("message", messageRequest("Oi, e o frete?"));
        const qint64 conversationId
            = first->data.value("message").toObject().value("conversationId").toInteger();
        QJsonObject reply = messageRequest("Já vejo!");
        reply.insert("conversationId", conversationId);
        QCOMPARE(codeOf(ana->request("send", reply)), "ack");
        const qint64 waiting = idOfPosted(visitor->request("message", messageRequest("E aí?")));
        QVERIFY(waiting > 0);
        QCOMPARE(codeOf(caio->request("join", {{"conversationId", conversationId}})), "forbidden");

        const auto alert = bia->waitFor(notifyAbout(waiting, "waiting"));
        QVERIFY(alert);
        QCOMPARE(alert->data.value("conversationId").toInteger(), conversationId);
        QCOMPARE(codeOf(caio->request("team")), "ack"); // Caio did not opt in: nothing came
        QVERIFY(!hasNotifyAbout(*caio, waiting));
        const auto biaNotified = bia->eventsOfType("notify");
        QVERIFY(std::none_of(biaNotified.cbegin(), biaNotified.cend(), [](const Envelope &e) {
            return e.data.value("reason").toString() == QLatin1String("queued");
        })); // invisible: no ordinary new-chat notifications

        QCOMPARE(codeOf(bia->request("join", {{"conversationId", conversationId}})), "ack");
        QJsonObject answer = messageRequest("Oi, eu ajudo: o frete é grátis.");
        answer.insert("conversationId", conversationId);
        QCOMPARE(codeOf(bia->request("send", answer)), "ack");
        QCOMPARE(codeOf(caio->request("join", {{"conversationId", 999999}})), "not_found");
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
    QString m_caio;
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
