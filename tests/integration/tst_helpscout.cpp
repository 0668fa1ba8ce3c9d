#include "integrationfixture.h"
#include "operatoraccounts.h"
#include "outboxdeliveries.h"

#include <httpsink.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace papo::testing;

// INT-3 (docs/integrations.md): chats exported to Help Scout through its Mailbox API 2.0,
// against a local server that plays Help Scout and checks each request against the
// documented fields (tests/support/httpsink.py): client credentials for a token, the token
// reused, one conversation per chat and content, by hand or when a chat is closed, the visitor's
// words escaped, and failures that say why in Deliveries.
class TestHelpScout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({QStringLiteral("--rate-limit-scale"), QStringLiteral("0")});
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        QVERIFY(m_sink.start());
        m_target = QStringLiteral("Help Scout mailbox 85");
    }

    void cleanup()
    {
        auto owner = connectOperator(m_server, m_owner);
        QVERIFY(owner);
        QCOMPARE(codeOf(owner->request("save_helpscout_settings", {{"appId", ""}})),
                 QString("ack"));
        QCOMPARE(allowAddresses(*owner, {}), QString("ack"));
    }

    void onlyAdminsConnectItAndTheSecretNeverComesBack()
    {
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(codeOf(bia->request("helpscout_settings")), QString("forbidden"));
        QCOMPARE(codeOf(bia->request("save_helpscout_settings", connection())),
                 QString("forbidden"));
        QCOMPARE(bia->received().value(0).data.value("helpScout"), QJsonValue(false));

        auto owner = connectOperator(m_server, m_owner);
        const auto refusal = [&](QJsonObject settings) {
            const auto reply = owner->request("save_helpscout_settings", settings);
            return codeOf(reply) + " " + reply->data.value("message").toString();
        };
        QJsonObject noMailbox = connection();
        noMailbox.remove("mailboxId");
        QVERIFY(refusal(noMailbox).startsWith("invalid_field mailboxId:"));
        QJsonObject noSecret = connection();
        noSecret.remove("appSecret");
        QVERIFY(refusal(noSecret).startsWith("invalid_field appSecret:"));
        QJsonObject badUrl = connection();
        badUrl.insert("baseUrl", "ftp://helpscout.example");
        QCOMPARE(refusal(badUrl), QString("invalid_field baseUrl: The URL must start with "
                                          "https:// or http://."));
        QJsonObject badId = connection();
        badId.insert("appId", "app id");
        QVERIFY(refusal(badId).startsWith("invalid_field appId:"));

        const auto saved = owner->request("save_helpscout_settings", connection());
        QCOMPARE(codeOf(saved), QString("ack"));
        QCOMPARE(saved->data.value("secretSet"), QJsonValue(true));
        QCOMPARE(saved->data.value("connected"), QJsonValue(true));
        QCOMPARE(saved->data.value("mailboxId").toInteger(), 85);
        QVERIFY(!QJsonDocument(saved->data).toJson().contains("s3cret"));
        // Saving without the secret keeps it; a new connection hears Help Scout is there.
        QJsonObject sameSecret = connection();
        sameSecret.remove("appSecret");
        sameSecret.insert("exportOnClose", true);
        const auto kept = owner->request("save_helpscout_settings", sameSecret);
        QCOMPARE(kept->data.value("secretSet"), QJsonValue(true));
        QCOMPARE(kept->data.value("exportOnClose"), QJsonValue(true));
        const auto read = owner->request("helpscout_settings");
        QVERIFY(!QJsonDocument(read->data).toJson().contains("s3cret"));
        QCOMPARE(read->data.value("baseUrl").toString(), m_sink.url("/helpscout"));
        auto later = connectOperator(m_server, m_bia);
        QCOMPARE(later->received().value(0).data.value("helpScout"), QJsonValue(true));

        // No app ID: disconnected, the secret forgotten.
        const auto off = owner->request("save_helpscout_settings", {{"appId", ""}});
        QCOMPARE(off->data.value("connected"), QJsonValue(false));
        QCOMPARE(off->data.value("secretSet"), QJsonValue(false));
        QCOMPARE(off->data.value("baseUrl").toString(), QString("https://api.helpscout.net"));
    }

    void aChatExportedByHandArrivesAsHelpScoutDocumentsIt()
    {
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(allowAddresses(*owner, {"127.0.0.1"}), QString("ack"));
        QCOMPARE(codeOf(owner->request("save_helpscout_settings", connection())), QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"name", "Ana Ação Souza"},
                                                          {"email", "ana@cliente.example"}})),
                 QString("ack"));
        const qint64 conversation = say(*visitor, "Olá <b>frete</b> & prazo?\nSegunda linha");
        QVERIFY(conversation > 0);
        QCOMPARE(codeOf(owner->request("send", sendRequest(conversation, "Chega amanhã!"))),
                 QString("ack"));

        // Bia, an operator, may export a chat she sees.
        auto bia = connectOperator(m_server, m_bia);
        const auto exported
            = bia->request("export_to_helpscout", {{"conversationId", conversation}});
        QCOMPARE(codeOf(exported), QString("ack"));
        QCOMPARE(exported->data.value("alreadyExported"), QJsonValue(false));
        QVERIFY(m_sink.waitForCount("/helpscout/v2/conversations", 1));

        const auto tokens = m_sink.requests("/helpscout/v2/oauth2/token");
        QCOMPARE(tokens.size(), 1);
        const QUrlQuery form(QString::fromUtf8(tokens.at(0).body));
        QCOMPARE(form.queryItemValue("grant_type"), QString("client_credentials"));
        QCOMPARE(form.queryItemValue("client_id"), QString("papo-app"));
        const ReceivedRequest created = m_sink.requests("/helpscout/v2/conversations").at(0);
        QCOMPARE(created.status, 201); // the sink found every documented field right
        QCOMPARE(created.headers.value("authorization"), QString("Bearer token-1"));
        const QJsonObject body = QJsonDocument::fromJson(created.body).object();
        QCOMPARE(body.value("subject").toString(),
                 QString("Chat with Ana Ação Souza on My website"));
        QCOMPARE(body.value("mailboxId").toInteger(), 85);
        QCOMPARE(body.value("type").toString(), QString("chat"));
        QCOMPARE(body.value("status").toString(), QString("active"));
        QCOMPARE(body.value("imported"), QJsonValue(true)); // Help Scout emails nobody
        const QJsonObject customer = body.value("customer").toObject();
        QCOMPARE(customer.value("email").toString(), QString("ana@cliente.example"));
        QCOMPARE(customer.value("firstName").toString(), QString("Ana"));
        QCOMPARE(customer.value("lastName").toString(), QString("Ação Souza"));
        const QJsonArray threads = body.value("threads").toArray();
        QCOMPARE(threads.size(), 1);
        const QString text = threads.at(0).toObject().value("text").toString();
        QVERIFY2(text.contains("Olá &lt;b&gt;frete&lt;/b&gt; &amp; prazo?<br>Segunda linha"),
                 qPrintable(text));
        QVERIFY(text.contains("<b>Ana Ação Souza</b>"));
        QVERIFY(text.contains("Chega amanhã!"));
        QVERIFY(text.contains("https://shop.example/produtos"));
        QVERIFY(text.indexOf("Segunda linha") < text.indexOf("Chega amanhã!")); // oldest first

        QTRY_COMPARE_WITH_TIMEOUT(latestDeliveryTo(*owner, m_target).value("status"),
                                  QJsonValue("sent"), 20000);
        QCOMPARE(latestDeliveryTo(*owner, m_target).value("lastError").toString(),
                 QString("HTTP 201: Help Scout conversation 1001"));

        // The same chat again: nothing new. After another message: a second conversation,
        // with the token Help Scout gave the first time.
        const auto again
            = owner->request("export_to_helpscout", {{"conversationId", conversation}});
        QCOMPARE(again->data.value("alreadyExported"), QJsonValue(true));
        QCOMPARE(again->data.value("deliveryId"), exported->data.value("deliveryId"));
        QVERIFY(say(*visitor, "Mais uma coisa") > 0);
        QCOMPARE(codeOf(owner->request("export_to_helpscout", {{"conversationId", conversation}})),
                 QString("ack"));
        QVERIFY(m_sink.waitForCount("/helpscout/v2/conversations", 2));
        QCOMPARE(m_sink.requests("/helpscout/v2/conversations").size(), 2);
        QCOMPARE(m_sink.requests("/helpscout/v2/oauth2/token").size(), 1);
        QVERIFY(QJsonDocument::fromJson(m_sink.requests("/helpscout/v2/conversations").at(1).body)
                    .toJson()
                    .contains("Mais uma coisa"));
    }

    void closedChatsGoByThemselvesWhenChosenButNeverWithoutAnEmail()
    {
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(allowAddresses(*owner, {"127.0.0.1"}), QString("ack"));
        QJsonObject settings = connection();
        settings.insert("exportOnClose", true);
        QCOMPARE(codeOf(owner->request("save_helpscout_settings", settings)), QString("ack"));
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "pt"}})),
                 QString("ack"));
        const int before = m_sink.requests("/helpscout/v2/conversations").size();

        // Without an email there is no Help Scout customer: closing sends nothing, and asking
        // by hand says why.
        QString anonymousToken;
        auto anonymous = connectVisitor(m_server, &anonymousToken);
        const qint64 silent = say(*anonymous, "Só olhando");
        QVERIFY(silent > 0);
        const auto refused = owner->request("export_to_helpscout", {{"conversationId", silent}});
        QCOMPARE(codeOf(refused), QString("forbidden"));
        QVERIFY(refused->data.value("message").toString().contains("email"));

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QCOMPARE(codeOf(visitor->request("visitor_data",
                                         {{"name", "Caio"}, {"email", "caio@cliente.example"}})),
                 QString("ack"));
        const qint64 conversation = say(*visitor, "Pedido 123 chegou, obrigado");
        QVERIFY(conversation > 0);
        QCOMPARE(codeOf(owner->request("close", {{"conversationId", silent}})), QString("ack"));
        QCOMPARE(codeOf(owner->request("close", {{"conversationId", conversation}})),
                 QString("ack"));
        QVERIFY(m_sink.waitForCount("/helpscout/v2/conversations", before + 1));
        const QJsonObject body = QJsonDocument::fromJson(
                                     m_sink.requests("/helpscout/v2/conversations").at(before).body)
                                     .object();
        QCOMPARE(body.value("status").toString(), QString("closed"));
        QCOMPARE(body.value("subject").toString(), QString("Conversa com Caio em My website"));
        QCOMPARE(body.value("customer").toObject().value("email").toString(),
                 QString("caio@cliente.example"));
        QVERIFY(!body.value("customer").toObject().contains("lastName"));
        QTRY_COMPARE_WITH_TIMEOUT(latestDeliveryTo(*owner, m_target).value("status"),
                                  QJsonValue("sent"), 20000);
        // Closing what is closed exports nothing again; the visitor without email never went.
        QCOMPARE(codeOf(owner->request("close", {{"conversationId", conversation}})),
                 QString("ack"));
        QCOMPARE(m_sink.requests("/helpscout/v2/conversations").size(), before + 1);
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "en"}})),
                 QString("ack"));
    }

    void aRefusedAddressAndAWrongSecretFailWithTheReasonAndPressingExportAgainRetries()
    {
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(codeOf(owner->request("save_helpscout_settings", connection())), QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->request("visitor_data", {{"email", "dora@cliente.example"}}));
        const qint64 conversation = say(*visitor, "Vocês entregam em Manaus?");
        QVERIFY(conversation > 0);
        const int tokensBefore = m_sink.requests("/helpscout/v2/oauth2/token").size();

        // Loopback is refused at the socket until that address is allowed.
        QCOMPARE(codeOf(owner->request("export_to_helpscout", {{"conversationId", conversation}})),
                 QString("ack"));
        QTRY_COMPARE_WITH_TIMEOUT(latestDeliveryTo(*owner, m_target).value("status"),
                                  QJsonValue("failed"), 20000);
        QVERIFY2(latestDeliveryTo(*owner, m_target)
                     .value("lastError")
                     .toString()
                     .startsWith("Refused: "),
                 qPrintable(latestDeliveryTo(*owner, m_target).value("lastError").toString()));
        QCOMPARE(m_sink.requests("/helpscout/v2/oauth2/token").size(), tokensBefore);

        // A wrong secret: Help Scout's 401 fails the export for good, with its words.
        QCOMPARE(allowAddresses(*owner, {"127.0.0.1"}), QString("ack"));
        QJsonObject wrong = connection();
        wrong.insert("appSecret", "not-the-secret");
        QCOMPARE(codeOf(owner->request("save_helpscout_settings", wrong)), QString("ack"));
        QCOMPARE(codeOf(owner->request("export_to_helpscout", {{"conversationId", conversation}})),
                 QString("ack"));
        QTRY_COMPARE_WITH_TIMEOUT(latestDeliveryTo(*owner, m_target).value("attempts"),
                                  QJsonValue(2), 20000);
        const QJsonObject refused = latestDeliveryTo(*owner, m_target);
        QCOMPARE(refused.value("status").toString(), QString("failed"));
        QVERIFY2(refused.value("lastError")
                     .toString()
                     .startsWith("Help Scout refused the app ID and secret (HTTP 401: "),
                 qPrintable(refused.value("lastError").toString()));

        // Fixed: the same export goes, once.
        QCOMPARE(codeOf(owner->request("save_helpscout_settings", connection())), QString("ack"));
        const int conversationsBefore = m_sink.requests("/helpscout/v2/conversations").size();
        QCOMPARE(codeOf(owner->request("export_to_helpscout", {{"conversationId", conversation}})),
                 QString("ack"));
        QTRY_COMPARE_WITH_TIMEOUT(latestDeliveryTo(*owner, m_target).value("status"),
                                  QJsonValue("sent"), 20000);
        QCOMPARE(latestDeliveryTo(*owner, m_target).value("attempts").toInt(), 3);
        QCOMPARE(deliveriesTo(*owner, m_target).first().value("id"), refused.value("id"));
        QCOMPARE(m_sink.requests("/helpscout/v2/conversations").size(), conversationsBefore + 1);
    }

private:
    // The Help Scout the sink plays: its app's client credentials and mailbox 85.
    QJsonObject connection() const
    {
        return {{"appId", "papo-app"},
                {"appSecret", "s3cret"},
                {"mailboxId", 85},
                {"baseUrl", m_sink.url("/helpscout")}};
    }

    ServerProcess m_server;
    HttpSink m_sink;
    QString m_owner;
    QString m_bia;
    QString m_target;
};

QTEST_GUILESS_MAIN(TestHelpScout)
#include "tst_helpscout.moc"
