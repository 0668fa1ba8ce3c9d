#include "integrationfixture.h"
#include "operatoraccounts.h"
#include "outboxdeliveries.h"

#include <httpsink.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <csignal>

using namespace papo::testing;

// INT-3 (docs/integrations.md): webhooks and Slack against a real HTTP server the test starts
// (tests/support/httpsink.py): every event signed so a receiver can verify it, retries after
// a 500 and a timeout, redirects not followed, private destinations refused at the socket
// unless allowed, Slack's escaping, and exactly one delivery across a kill -9.
class TestWebhooks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({QStringLiteral("--rate-limit-scale"), QStringLiteral("0")});
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        QVERIFY(m_sink.start());
    }

    void cleanup()
    {
        // Each test starts with no webhook and no Slack; what still waits is cancelled.
        auto owner = connectOperator(m_server, m_owner);
        QVERIFY(owner);
        const auto list = owner->request("webhooks");
        for (const QJsonValue &webhook : list->data.value("webhooks").toArray())
            QCOMPARE(
                codeOf(owner->request("delete_webhook", {{"id", webhook.toObject().value("id")}})),
                QString("ack"));
        setSlack(*owner, "");
        allow(*owner, {});
    }

    void onlyAdminsManageIntegrationsAndWrongDestinationsAreRefused()
    {
        auto bia = connectOperator(m_server, m_bia);
        for (const QString &type :
             {QStringLiteral("webhooks"), QStringLiteral("save_webhook"),
              QStringLiteral("delete_webhook"), QStringLiteral("slack_settings"),
              QStringLiteral("save_slack_settings"), QStringLiteral("save_allowed_addresses")})
            QCOMPARE(codeOf(bia->request(type, {{"id", 1},
                                                {"url", m_sink.url("/x")},
                                                {"events", QJsonArray{"message"}}})),
                     QString("forbidden"));
        auto owner = connectOperator(m_server, m_owner);
        const auto refusedUrl = [&](const QString &url) {
            const auto reply
                = owner->request("save_webhook", {{"url", url}, {"events", QJsonArray{"message"}}});
            return codeOf(reply) + " " + reply->data.value("message").toString();
        };
        QCOMPARE(refusedUrl("ftp://files.example/in"),
                 QString("invalid_field url: The URL must start with https:// or http://."));
        QCOMPARE(refusedUrl("file:///etc/passwd"),
                 QString("invalid_field url: The URL must start with https:// or http://."));
        QVERIFY(refusedUrl("http://exa mple.com/").startsWith("invalid_field url:"));
        QVERIFY(refusedUrl("hooks.example/in").startsWith("invalid_field url:"));
        const auto wrongEvent = owner->request(
            "save_webhook", {{"url", m_sink.url("/x")}, {"events", QJsonArray{"message", "nope"}}});
        QCOMPARE(codeOf(wrongEvent), QString("invalid_field"));
        QVERIFY(wrongEvent->data.value("message").toString().contains("\"nope\" is not an event"));
        QCOMPARE(codeOf(owner->request("save_webhook",
                                       {{"url", m_sink.url("/x")}, {"events", QJsonArray{}}})),
                 QString("invalid_field"));
        QCOMPARE(
            codeOf(owner->request(
                "save_slack_settings",
                {{"websites", QJsonArray{QJsonObject{{"id", 1}, {"slackUrl", "javascript:x"}}}}})),
            QString("invalid_field"));
        QCOMPARE(codeOf(owner->request("save_allowed_addresses",
                                       {{"addresses", QJsonArray{"localhost"}}})),
                 QString("invalid_field"));

        // The secret is shown once, when the webhook is made; form_filled is accepted.
        const auto created
            = owner->request("save_webhook", {{"url", m_sink.url("/x")},
                                              {"events", QJsonArray{"form_filled", "rating"}}});
        QCOMPARE(codeOf(created), QString("ack"));
        const QString secret = created->data.value("secret").toString();
        QVERIFY(secret.startsWith("whsec_") && secret.size() > 30);
        const QJsonObject webhook = created->data.value("webhook").toObject();
        QCOMPARE(webhook.value("events").toArray(), (QJsonArray{"form_filled", "rating"}));
        const auto list = owner->request("webhooks");
        QVERIFY(!QString::fromUtf8(QJsonDocument(list->data).toJson()).contains(secret));
        QCOMPARE(list->data.value("events").toArray().size(), 6);
        const auto changed = owner->request("save_webhook", {{"id", webhook.value("id")},
                                                             {"url", m_sink.url("/y")},
                                                             {"events", QJsonArray{"message"}}});
        QCOMPARE(codeOf(changed), QString("ack"));
        QVERIFY(!changed->data.contains("secret"));
        QCOMPARE(changed->data.value("webhook").toObject().value("url").toString(),
                 m_sink.url("/y"));
        QCOMPARE(codeOf(owner->request("delete_webhook", {{"id", webhook.value("id")}})),
                 QString("ack"));
        QCOMPARE(codeOf(owner->request("delete_webhook", {{"id", webhook.value("id")}})),
                 QString("not_found"));
    }

    void everyEventReachesItsWebhookSignedSoTheReceiverCanVerifyIt()
    {
        auto owner = connectOperator(m_server, m_owner);
        allow(*owner, {"127.0.0.1"});
        const QString secret = addWebhook(*owner, "/events",
                                          {"conversation_started", "message", "conversation_closed",
                                           "rating", "visitor_data", "form_filled"});
        QVERIFY(owner->request("set_status", {{"status", "online"}}));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QCOMPARE(codeOf(visitor->request("visitor_data",
                                         {{"name", "Ana Ação"}, {"email", "ana@cliente.example"}})),
                 QString("ack"));
        const qint64 conversation = say(*visitor, "Olá, o frete é grátis?");
        QVERIFY(conversation > 0);
        QCOMPARE(codeOf(owner->request("send", sendRequest(conversation, "Sim!"))), QString("ack"));
        QCOMPARE(codeOf(owner->request("close", {{"conversationId", conversation}})),
                 QString("ack"));
        QCOMPARE(codeOf(visitor->request("rate", {{"rating", "good"}, {"comment", "Ótimo"}})),
                 QString("ack"));
        QVERIFY(m_sink.waitForCount("/events", 6));

        QHash<QString, QJsonObject> byEvent; // the one of each event, the visitor's message
        QSet<QString> ids;
        const auto received = m_sink.requests("/events");
        for (const ReceivedRequest &request : received) {
            // What a receiver does (docs/integrations.md): HMAC-SHA256 over "t.body".
            const QString header = request.headers.value("x-papo-signature");
            const QString t = header.section(',', 0, 0).section('=', 1);
            const QString v1 = header.section(',', 1, 1).section('=', 1);
            const QByteArray expected
                = QMessageAuthenticationCode::hash(t.toUtf8() + "." + request.body, secret.toUtf8(),
                                                   QCryptographicHash::Sha256)
                      .toHex();
            QCOMPARE(v1.toUtf8(), expected);
            QVERIFY(qAbs(QDateTime::currentSecsSinceEpoch() - t.toLongLong()) < 600);
            QVERIFY(request.headers.value("content-type").startsWith("application/json"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body.value("event").toString(), request.headers.value("x-papo-event"));
            QCOMPARE(body.value("id").toString(), request.headers.value("x-papo-event-id"));
            QVERIFY(!body.value("at").toString().isEmpty());
            ids.insert(body.value("id").toString());
            const QString event = body.value("event").toString();
            const QJsonObject data = body.value("data").toObject();
            if (event != "message" || data.value("message").toObject().value("text") != "Sim!")
                byEvent.insert(event, data);
        }
        QCOMPARE(ids.size(), 6); // one id per event
        QCOMPARE(byEvent.keys().size(), 5);
        const QJsonObject started = byEvent.value("conversation_started");
        QCOMPARE(started.value("conversationId").toInteger(), conversation);
        QCOMPARE(started.value("page").toString(), QString("https://shop.example/produtos"));
        QCOMPARE(started.value("visitor").toObject().value("name").toString(), QString("Ana Ação"));
        QCOMPARE(byEvent.value("message").value("message").toObject().value("text").toString(),
                 QString("Olá, o frete é grátis?"));
        QCOMPARE(byEvent.value("visitor_data").value("visitor").toObject().value("email"),
                 QJsonValue("ana@cliente.example"));
        QCOMPARE(byEvent.value("conversation_closed").value("conversationId").toInteger(),
                 conversation);
        QCOMPARE(byEvent.value("rating").value("rating").toString(), QString("good"));
        QCOMPARE(byEvent.value("rating").value("comment").toString(), QString("Ótimo"));
        // Deliveries shows them as sent webhooks.
        QTRY_COMPARE_WITH_TIMEOUT(statuses(*owner, m_sink.url("/events")), QStringList(6, "sent"),
                                  20000);
        // The same data again is no change: no new visitor_data event.
        QCOMPARE(codeOf(visitor->request("visitor_data", {{"name", "Ana Ação"}})), QString("ack"));
        QCOMPARE(statuses(*owner, m_sink.url("/events")).size(), 6);
        QVERIFY(owner->request("set_status", {{"status", "offline"}}));
    }

    void aFailedPostIsRetriedWithBackoffWhileTimeoutsAndRedirectsFail()
    {
        auto owner = connectOperator(m_server, m_owner);
        allow(*owner, {"127.0.0.1"});
        addWebhook(*owner, "/fail-once", {"message"});
        addWebhook(*owner, "/hang", {"message"});
        addWebhook(*owner, "/redirect", {"message"});
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(say(*visitor, "Tem em azul?") > 0);

        // A 500: tried again after a backoff (15–30 s for the first), then sent.
        QVERIFY(m_sink.waitForCount("/fail-once", 1));
        QJsonObject failed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (failed = delivery(*owner, m_sink.url("/fail-once"))).value("attempts").toInt() == 1,
            20000);
        QCOMPARE(failed.value("status").toString(), QString("pending"));
        QCOMPARE(failed.value("lastError").toString(), QString("HTTP 500: not this time"));
        const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(
            QDateTime::fromString(failed.value("nextAttemptAt").toString(), Qt::ISODateWithMs));
        QVERIFY2(waitMs > 5000 && waitMs <= 30000, qPrintable(QString::number(waitMs)));

        // A redirect is a failure, and where it points is never asked.
        QJsonObject redirected;
        QTRY_VERIFY_WITH_TIMEOUT(
            (redirected = delivery(*owner, m_sink.url("/redirect"))).value("attempts").toInt() == 1,
            20000);
        QVERIFY2(redirected.value("lastError")
                     .toString()
                     .startsWith("HTTP 302: a redirect (not "
                                 "followed)"),
                 qPrintable(redirected.value("lastError").toString()));
        QCOMPARE(redirected.value("status").toString(), QString("pending"));

        // No answer within 10 s is a failure too.
        QJsonObject hung;
        QTRY_VERIFY_WITH_TIMEOUT(
            (hung = delivery(*owner, m_sink.url("/hang"))).value("attempts").toInt() == 1, 30000);
        QVERIFY2(hung.value("lastError").toString().contains("timed out"),
                 qPrintable(hung.value("lastError").toString()));
        QCOMPARE(hung.value("status").toString(), QString("pending"));

        QVERIFY(m_sink.waitForCount("/fail-once", 2, 60000));
        QTRY_COMPARE_WITH_TIMEOUT(delivery(*owner, m_sink.url("/fail-once")).value("status"),
                                  QJsonValue("sent"), 20000);
        QCOMPARE(delivery(*owner, m_sink.url("/fail-once")).value("attempts").toInt(), 2);
        const auto tries = m_sink.requests("/fail-once");
        QCOMPARE(tries.size(), 2);
        QCOMPARE(tries.at(0).body, tries.at(1).body); // the same event, byte for byte
        QCOMPARE(tries.at(0).headers.value("x-papo-event-id"),
                 tries.at(1).headers.value("x-papo-event-id"));
        QVERIFY(m_sink.requests("/redirected").isEmpty());
    }

    void privateDestinationsAreRefusedAtTheSocketUnlessThatAddressIsAllowed()
    {
        auto owner = connectOperator(m_server, m_owner);
        const QString port = QString::number(m_sink.port());
        // Each spelling of a private destination, by the path the sink would see.
        const QList<QPair<QString, QString>> urls{
            {"/loopback", "http://127.0.0.1:" + port + "/loopback"},
            {"/ipv6-loopback", "http://[::1]:" + port + "/ipv6-loopback"},
            {"/private", "http://10.0.0.1/private"},
            {"/latest/meta-data/", "http://169.254.169.254/latest/meta-data/"},
            {"/name", "http://localhost:" + port + "/name"},
            {"/decimal", "http://2130706433:" + port + "/decimal"},
            {"/mapped", "http://[::ffff:127.0.0.1]:" + port + "/mapped"},
        };
        for (const auto &[path, url] : urls)
            QCOMPARE(codeOf(owner->request("save_webhook",
                                           {{"url", url}, {"events", QJsonArray{"message"}}})),
                     QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(say(*visitor, "Alguém?") > 0);
        for (const auto &[path, url] : urls) {
            QTRY_COMPARE_WITH_TIMEOUT(delivery(*owner, url).value("status"), QJsonValue("failed"),
                                      20000);
            const QString error = delivery(*owner, url).value("lastError").toString();
            QVERIFY2(error.startsWith("Refused: ") && error.contains("Settings → Integrations"),
                     qPrintable(url + ": " + error));
            QVERIFY(m_sink.requests(path).isEmpty());
        }

        // Allowing 127.0.0.1 opens exactly that address, however it is written; ::1 stays shut.
        allow(*owner, {"127.0.0.1"});
        for (const auto &[path, url] : urls)
            QCOMPARE(
                codeOf(owner->request("retry_delivery", {{"id", delivery(*owner, url)["id"]}})),
                QString("ack"));
        for (const auto &[path, url] : urls) {
            const bool opened
                = !path.contains("ipv6") && !url.contains("10.0.0.1") && !url.contains("169.254");
            QTRY_COMPARE_WITH_TIMEOUT(delivery(*owner, url).value("attempts"), QJsonValue(2),
                                      20000);
            QCOMPARE(delivery(*owner, url).value("status").toString(),
                     QString(opened ? "sent" : "failed"));
            QCOMPARE(m_sink.requests(path).size(), opened ? 1 : 0);
        }
    }

    void slackGetsNewChatsAndOfflineMessagesWithSlacksEscaping()
    {
        auto owner = connectOperator(m_server, m_owner);
        allow(*owner, {"127.0.0.1"});
        setSlack(*owner, m_sink.url("/slack"));
        QVERIFY(owner->request("set_status", {{"status", "offline"}}));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->request("visitor_data",
                                 {{"name", "Ana <b>&</b>"}, {"email", "ana@cliente.example"}}));
        QVERIFY(say(*visitor, "Oi <script> & tchau") > 0);
        QVERIFY(m_sink.waitForCount("/slack", 1));
        QVERIFY(say(*visitor, "Ainda aí?") > 0); // nobody online: an offline message
        QVERIFY(m_sink.waitForCount("/slack", 2));
        const auto posts = m_sink.requests("/slack");
        const QString first = QJsonDocument::fromJson(posts.at(0).body)["text"].toString();
        const QString second = QJsonDocument::fromJson(posts.at(1).body)["text"].toString();
        QCOMPARE(first, QString("*New chat on My website*\n*From:* Ana &lt;b&gt;&amp;&lt;/b&gt; "
                                "(ana@cliente.example)\n*Page:* https://shop.example/produtos\n"
                                ">Oi &lt;script&gt; &amp; tchau"));
        QVERIFY2(second.startsWith("*Offline message on My website*"), qPrintable(second));
        QVERIFY(second.endsWith(">Ainda aí?"));
        QVERIFY(posts.at(0).headers.value("content-type").startsWith("application/json"));
        QTRY_COMPARE_WITH_TIMEOUT(statuses(*owner, m_sink.url("/slack")),
                                  (QStringList{"sent", "sent"}), 20000);
        // With the team online, a chat going on is not posted.
        QVERIFY(owner->request("set_status", {{"status", "online"}}));
        QVERIFY(say(*visitor, "Obrigada") > 0);
        QCOMPARE(statuses(*owner, m_sink.url("/slack")).size(), 2);
        QVERIFY(owner->request("set_status", {{"status", "offline"}}));

        // In the website's widget language, as the team's emails.
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "pt"}})),
                 QString("ack"));
        QString other;
        auto another = connectVisitor(m_server, &other);
        QVERIFY(say(*another, "Bom dia") > 0);
        QVERIFY(m_sink.waitForCount("/slack", 3));
        const QString portuguese
            = QJsonDocument::fromJson(m_sink.requests("/slack").at(2).body)["text"].toString();
        QVERIFY2(portuguese.startsWith("*Nova conversa em My website*\n*De:* Visitante "),
                 qPrintable(portuguese));
        QVERIFY(portuguese.endsWith("\n*Página:* https://shop.example/produtos\n>Bom dia"));
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "en"}})),
                 QString("ack"));
    }

    void aWebhookAndASlackPostCommittedBeforeAKillAreDeliveredOnceAfterTheRestart()
    {
        HttpSink receiver;
        QVERIFY(receiver.start());
        const quint16 port = receiver.port();
        auto owner = connectOperator(m_server, m_owner);
        allow(*owner, {"127.0.0.1"});
        const QString hook = receiver.url("/durable");
        QCOMPARE(codeOf(owner->request("save_webhook",
                                       {{"url", hook}, {"events", QJsonArray{"message"}}})),
                 QString("ack"));
        setSlack(*owner, receiver.url("/slack-durable"));
        QVERIFY(owner->request("set_status", {{"status", "offline"}}));
        receiver.stop(); // nobody answers: both wait for their next try
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(say(*visitor, "Mensagem durável") > 0);
        for (const QString &url : {hook, receiver.url("/slack-durable")})
            QTRY_VERIFY_WITH_TIMEOUT(delivery(*owner, url).value("attempts").toInt() == 1
                                         && delivery(*owner, url).value("status") == "pending",
                                     20000);
        ::kill(pid_t(m_server.processId()), SIGKILL); // committed, tried once, not delivered
        owner.reset();
        visitor.reset();
        QVERIFY(receiver.start(port));
        QVERIFY(m_server.restart());
        m_owner = m_server.login();
        QVERIFY(receiver.waitForCount("/durable", 1, 60000));
        QVERIFY(receiver.waitForCount("/slack-durable", 1, 60000));
        owner = connectOperator(m_server, m_owner);
        for (const QString &url : {hook, receiver.url("/slack-durable")})
            QTRY_COMPARE_WITH_TIMEOUT(delivery(*owner, url).value("status"), QJsonValue("sent"),
                                      20000);
        QCOMPARE(receiver.requests("/durable").size(), 1);
        QCOMPARE(receiver.requests("/slack-durable").size(), 1);
        QCOMPARE(QJsonDocument::fromJson(
                     receiver.requests("/durable").at(0).body)["data"]["message"]["text"]
                     .toString(),
                 QString("Mensagem durável"));
        QVERIFY(QJsonDocument::fromJson(receiver.requests("/slack-durable").at(0).body)["text"]
                    .toString()
                    .endsWith(">Mensagem durável"));
    }

private:
    QString addWebhook(WsClient &owner, const QString &path, const QStringList &events)
    {
        const auto created
            = owner.request("save_webhook", {{"url", m_sink.url(path)},
                                             {"events", QJsonArray::fromStringList(events)}});
        return created ? created->data.value("secret").toString() : QString();
    }

    void setSlack(WsClient &owner, const QString &url)
    {
        QCOMPARE(codeOf(owner.request(
                     "save_slack_settings",
                     {{"websites", QJsonArray{QJsonObject{{"id", 1}, {"slackUrl", url}}}}})),
                 QString("ack"));
    }

    void allow(WsClient &owner, const QStringList &addresses)
    {
        QCOMPARE(allowAddresses(owner, addresses), QString("ack"));
    }

    // The newest delivery to `target`.
    QJsonObject delivery(WsClient &owner, const QString &target)
    {
        return latestDeliveryTo(owner, target);
    }

    QStringList statuses(WsClient &owner, const QString &target)
    {
        QStringList list;
        for (const QJsonObject &row : deliveriesTo(owner, target))
            list.append(row.value("status").toString());
        return list;
    }

    ServerProcess m_server;
    HttpSink m_sink;
    QString m_owner;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
