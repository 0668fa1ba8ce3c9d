#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

auto eventOf(const QString &type, const std::function<bool(const QJsonObject &)> &match)
{
    return [=](const Envelope &e) { return e.type == type && match(e.data); };
}

std::unique_ptr<WsClient> pageVisitor(const ServerProcess &server, const QString &groupKey,
                                      Envelope *ack)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(server.wsUrl("/ws/visitor")))
        return nullptr;
    QJsonObject hello = visitorHello(server.websiteKey());
    if (!groupKey.isEmpty())
        hello.insert("group", groupKey);
    const auto reply = client->request("hello", hello);
    if (!reply || reply->type != "ack")
        return nullptr;
    *ack = *reply;
    return client;
}

} // namespace

// The "done when", in one go on the real server: two groups, Vendas and Suporte,
// with one operator each. A visitor on a page with PapoGroupID='suporte' reaches only the
// Suporte operator, whose going invisible turns that visitor's widget to messenger mode
// while Vendas stays live; a visitor without a group is asked, picks Vendas, and only the
// Vendas operator is notified; the Suporte operator cannot read the Vendas chat through any
// request.
class TestGroupScenario final : public QObject
{
    Q_OBJECT

private slots:
    void twoGroupsEachReachTheirOwn()
    {
        ServerProcess server;
        QString ownerBearer, vera, saulo;
        QVERIFY(startWithOwnerAndBia(server, &ownerBearer, &vera, "Vera"));
        saulo = addOperatorAndLogIn(server, "saulo@papo.test", "Saulo", "senha-do-saulo");
        auto owner = connectOperator(server, ownerBearer);
        auto vendasOperator = connectOperator(server, vera);
        auto suporteOperator = connectOperator(server, saulo);
        QVERIFY(owner && vendasOperator && suporteOperator);
        const qint64 vendas = createGroup(*owner, "Vendas", {operatorIdOf(*vendasOperator)});
        const qint64 suporte = createGroup(*owner, "Suporte", {operatorIdOf(*suporteOperator)});
        QVERIFY(vendas > 0 && suporte > 0);
        const qint64 website = owner->request("websites")
                                   ->data.value("websites")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("id")
                                   .toInteger();
        QCOMPARE(
            codeOf(owner->request("update_website", {{"websiteId", website}, {"askGroup", true}})),
            QString("ack"));
        QCOMPARE(codeOf(owner->request("set_status", {{"status", "invisible"}})), QString("ack"));
        for (WsClient *op : {vendasOperator.get(), suporteOperator.get()})
            QCOMPARE(codeOf(op->request("set_status", {{"status", "online"}})), QString("ack"));

        // A visitor on a page with PapoGroupID='suporte' reaches only Saulo.
        Envelope suporteHello;
        auto suporteVisitor = pageVisitor(server, "suporte", &suporteHello);
        QVERIFY(suporteVisitor);
        QCOMPARE(suporteHello.data.value("mode").toString(), QString("live"));
        QVERIFY(suporteHello.data.value("groupQuestion").isNull()); // it has a group
        const qint64 suporteChat = say(*suporteVisitor, "O boleto não abre");
        QVERIFY(suporteOperator->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == suporteChat;
        })));

        // A Vendas visitor, live too.
        Envelope vendasHello;
        auto vendasVisitor = pageVisitor(server, "vendas", &vendasHello);
        QCOMPARE(vendasHello.data.value("mode").toString(), QString("live"));

        // Saulo goes invisible: the Suporte visitor's widget turns to messenger mode...
        QCOMPARE(codeOf(suporteOperator->request("set_status", {{"status", "invisible"}})),
                 QString("ack"));
        QVERIFY(suporteVisitor->waitFor(
            eventOf("mode", [](const QJsonObject &d) { return d.value("mode") == "messenger"; })));
        // ...while Vendas stays live: its widgets were not even told.
        Envelope laterVendas;
        auto stillVendas = pageVisitor(server, "vendas", &laterVendas);
        QCOMPARE(laterVendas.data.value("mode").toString(), QString("live"));
        QVERIFY(vendasVisitor->eventsOfType("mode").isEmpty());

        // A visitor without a group is asked, picks Vendas: only Vera is notified.
        Envelope askedHello;
        auto asked = pageVisitor(server, "", &askedHello);
        const QJsonArray choices
            = askedHello.data.value("groupQuestion").toObject().value("groups").toArray();
        QVERIFY(std::any_of(choices.cbegin(), choices.cend(), [&](const QJsonValue &g) {
            return g.toObject().value("id").toInteger() == vendas
                   && g.toObject().value("name") == "Vendas";
        }));
        QJsonObject first = messageRequest("Vocês entregam em Recife?");
        first.insert("groupId", vendas);
        const auto posted = asked->request("message", first);
        const qint64 vendasChat
            = posted->data.value("message").toObject().value("conversationId").toInteger();
        const QString messageText = "Vocês entregam em Recife?";
        QVERIFY(vendasOperator->waitFor(eventOf("notify", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == vendasChat;
        })));
        QCOMPARE(codeOf(suporteOperator->request("set_status", {{"status", "online"}})),
                 QString("ack"));
        const qint64 marker = say(*suporteVisitor, "Alguém?"); // Saulo's, after the Vendas one
        QVERIFY(suporteOperator->waitFor(eventOf("message", [&](const QJsonObject &d) {
            return d.value("conversationId").toInteger() == marker;
        })));
        for (const Envelope &e : suporteOperator->received()) {
            const QString chatField = e.type == "conversation" ? "id" : "conversationId";
            QVERIFY2(e.data.value(chatField).toInteger() != vendasChat, qPrintable(e.type));
            QVERIFY(!QJsonDocument(e.data).toJson().contains(messageText.toUtf8()));
        }

        // Saulo cannot read the Vendas chat through any request.
        const qint64 visitorId = askedHello.data.value("visitorId").toInteger();
        const qint64 messageId = posted->data.value("message").toObject().value("id").toInteger();
        QVERIFY(!QJsonDocument(suporteOperator->request("conversations")->data)
                     .toJson()
                     .contains(messageText.toUtf8()));
        QCOMPARE(codeOf(suporteOperator->request("history", {{"conversationId", vendasChat}})),
                 QString("not_found"));
        QVERIFY(suporteOperator->request("search", {{"query", "Recife"}})
                    ->data.value("results")
                    .toArray()
                    .isEmpty());
        QCOMPARE(codeOf(suporteOperator->request("visitor", {{"visitorId", visitorId}})),
                 QString("not_found"));
        const QJsonArray online
            = suporteOperator->request("visitors")->data.value("visitors").toArray();
        QVERIFY(std::none_of(online.cbegin(), online.cend(), [&](const QJsonValue &v) {
            return v.toObject().value("id").toInteger() == visitorId;
        }));
        QCOMPARE(
            codeOf(suporteOperator->request("edit", {{"messageId", messageId}, {"text", "x"}})),
            QString("not_found"));
        QCOMPARE(codeOf(suporteOperator->request("send", sendRequest(vendasChat, "Oi"))),
                 QString("not_found"));
        auto resumed = connectOperator(server, saulo, 0);
        QCOMPARE(codeOf(resumed->request("groups")), QString("ack"));
        for (const Envelope &e : resumed->eventsOfType("message"))
            QVERIFY(e.data.value("id").toInteger() != messageId);
        // ...nor its files: Vera's download works, Saulo's does not.
        const auto upload = server.post(
            QString("/api/attachments?conversationId=%1&name=tabela.txt").arg(vendasChat),
            "frete: R$ 30", vera.toUtf8());
        QCOMPARE(upload.status, 201);
        // The signed link the upload answers with, as papo-desk opens it.
        const QString fileUrl = QJsonDocument::fromJson(upload.body)
                                    .object()
                                    .value("attachment")
                                    .toObject()
                                    .value("url")
                                    .toString();
        QVERIFY(fileUrl.contains("sig="));
        QCOMPARE(statusOfGet(server, fileUrl, vera), 200);
        QCOMPARE(statusOfGet(server, fileUrl, saulo), 404);
        QCOMPARE(server
                     .post(QString("/api/attachments?conversationId=%1&name=x.txt").arg(vendasChat),
                           "x", saulo.toUtf8())
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestGroupScenario)
#include "tst_groupscenario.moc"
