#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <smtpsink.h>
#include <testcertificates.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace papo::testing;

// INT-1, INT-2 (docs/integrations.md): email through a real SMTP server (python3-aiosmtpd):
// the settings and the test button's exact answer, transcripts and offline messages to the
// team with Reply-To, replies to visitors after the delay (batched, not when read, in their
// language, with an unsubscribe link that works), the outbox's retries and its exactly-once
// delivery across a kill -9.
class TestEmail final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        // Each test looks only at the deliveries it caused.
        auto owner = connectOperator(m_server, m_owner);
        if (owner)
            m_seen = latest(*owner).value("id").toInteger();
    }

    void initTestCase()
    {
        QVERIFY2(m_certificates.createAuthority(), qPrintable(m_certificates.error()));
        QVERIFY(m_certificates.createServer(QStringLiteral("smtp")));
        m_server.setExtraArguments({QStringLiteral("--smtp-ca"),
                                    m_certificates.certificatePath(QStringLiteral("ca")),
                                    QStringLiteral("--rate-limit-scale"), QStringLiteral("0")});
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        QVERIFY(m_sink.start());
    }

    void onlyAdminsSeeEmailSettingsAndThePasswordNeverComesBack()
    {
        auto bia = connectOperator(m_server, m_bia);
        for (const QString &type :
             {QStringLiteral("email_settings"), QStringLiteral("save_email_settings"),
              QStringLiteral("send_test_email"), QStringLiteral("deliveries"),
              QStringLiteral("retry_delivery")})
            QCOMPARE(codeOf(bia->request(type, {{"to", "a@b.example"}, {"id", 1}})),
                     QString("forbidden"));
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(codeOf(owner->request("save_email_settings",
                                       {{"host", "mail.example"}, {"from", "not an address"}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(owner->request("save_email_settings",
                                       {{"host", "mail.example"}, {"port", 70000}})),
                 QString("invalid_field"));
        const auto saved
            = owner->request("save_email_settings", {{"host", "127.0.0.1"},
                                                     {"port", 1},
                                                     {"security", "none"},
                                                     {"user", "loja"},
                                                     {"password", "segredo-smtp"},
                                                     {"from", "Loja <chat@loja.example>"}});
        QCOMPARE(codeOf(saved), QString("ack"));
        QVERIFY(!saved->data.contains("password"));
        QCOMPARE(saved->data.value("passwordSet").toBool(), true);
        // Saving without a password keeps it; the answer never carries it.
        const auto again
            = owner->request("save_email_settings", {{"host", "127.0.0.1"},
                                                     {"port", 1},
                                                     {"security", "none"},
                                                     {"user", "loja"},
                                                     {"from", "Loja <chat@loja.example>"}});
        QCOMPARE(again->data.value("passwordSet").toBool(), true);
        const auto read = owner->request("email_settings");
        QVERIFY(!read->data.contains("password"));
        QVERIFY(!QString::fromUtf8(QJsonDocument(read->data).toJson()).contains("segredo-smtp"));
        QCOMPARE(read->data.value("from").toString(), QString("Loja <chat@loja.example>"));
        QCOMPARE(read->data.value("websites")
                     .toArray()
                     .first()
                     .toObject()
                     .value("visitorEmailDelaySeconds")
                     .toInt(),
                 300);
    }

    void theTestButtonShowsTheServersExactAnswer()
    {
        SmtpSink authSink;
        QVERIFY(authSink.start({m_certificates.certificatePath("smtp"),
                                m_certificates.keyPath("smtp"),
                                {},
                                {},
                                "loja:certa",
                                {}}));
        auto owner = connectOperator(m_server, m_owner);
        // STARTTLS required, AUTH required, wrong password: the server's 535 as it said it.
        configure(*owner, authSink.port(), "starttls", "loja", "errada");
        const auto refused = owner->request("send_test_email", {{"to", "dono@loja.example"}});
        QCOMPARE(codeOf(refused), QString("ack"));
        QCOMPARE(refused->data.value("ok").toBool(), false);
        QCOMPARE(refused->data.value("code").toInt(), 535);
        QVERIFY2(refused->data.value("reply").toString().startsWith("535 5.7.8 Authentication"),
                 qPrintable(refused->data.value("reply").toString()));
        configure(*owner, authSink.port(), "starttls", "loja", "certa");
        const auto sent = owner->request("send_test_email", {{"to", "dono@loja.example"}});
        QCOMPARE(sent->data.value("ok").toBool(), true);
        QCOMPARE(sent->data.value("reply").toString(),
                 QString("250 2.0.0 Message 1 accepted by the test sink"));
        QVERIFY(authSink.waitForCount(1));
        QCOMPARE(authSink.message(1)->envelopeTo, QStringList{"dono@loja.example"});

        // Implicit TLS, no AUTH.
        SmtpSink tlsSink;
        QVERIFY(tlsSink.start({{},
                               {},
                               m_certificates.certificatePath("smtp"),
                               m_certificates.keyPath("smtp"),
                               {},
                               {}}));
        configure(*owner, tlsSink.port(), "tls");
        QCOMPARE(owner->request("send_test_email", {{"to", "dono@loja.example"}})
                     ->data.value("ok")
                     .toBool(),
                 true);
        QVERIFY(tlsSink.waitForCount(1));
        QCOMPARE(tlsSink.message(1)->decodedHeader("Subject"), QString("Papo test email"));
        // In the website's language, as the team's emails.
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "pt"}})),
                 QString("ack"));
        QCOMPARE(codeOf(owner->request("send_test_email", {{"to", "dono@loja.example"}})),
                 QString("ack"));
        QVERIFY(tlsSink.waitForCount(2));
        QCOMPARE(tlsSink.message(2)->decodedHeader("Subject"), QString("Email de teste do Papo"));
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "es"}})),
                 QString("ack"));
        QCOMPARE(codeOf(owner->request("send_test_email", {{"to", "dono@loja.example"}})),
                 QString("ack"));
        QVERIFY(tlsSink.waitForCount(3));
        QCOMPARE(tlsSink.message(3)->decodedHeader("Subject"), QString("Correo de prueba de Papo"));
        QVERIFY2(tlsSink.message(3)->text.contains("la configuración de correo funciona"),
                 qPrintable(tlsSink.message(3)->text));
        QCOMPARE(codeOf(owner->request("update_website", {{"websiteId", 1}, {"language", "en"}})),
                 QString("ack"));
        // Nobody listening: libcurl's words, as no server answered.
        configure(*owner, 1, "none");
        const auto nobody = owner->request("send_test_email", {{"to", "dono@loja.example"}});
        QCOMPARE(nobody->data.value("ok").toBool(), false);
        QVERIFY2(nobody->data.value("reply").toString().contains("onnect"),
                 qPrintable(nobody->data.value("reply").toString()));
    }

    void aClosedChatsTranscriptGoesToTheTeamWithReplyToTheVisitor()
    {
        auto owner = connectOperator(m_server, m_owner);
        configure(*owner, m_sink.port(), "none");
        setWebsiteEmail(*owner, "equipe@loja.example, dono@loja.example", 300);
        QVERIFY(owner->request("set_status", {{"status", "online"}}));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->request("visitor_data",
                                 {{"name", "João Ação"}, {"email", "joao@cliente.example"}}));
        const qint64 conversation = say(*visitor, "Olá, <b>o frete</b> é grátis?");
        QVERIFY(conversation > 0);
        QCOMPARE(codeOf(owner->request("send", sendRequest(conversation, "Sim, acima de R$ 100."))),
                 QString("ack"));
        const int before = m_sink.count();
        QCOMPARE(codeOf(owner->request("close", {{"conversationId", conversation}})),
                 QString("ack"));
        QVERIFY(m_sink.waitForCount(before + 1));
        const auto mail = *m_sink.message(before + 1);
        QCOMPARE(mail.envelopeTo, (QStringList{"equipe@loja.example", "dono@loja.example"}));
        QCOMPARE(mail.envelopeFrom, QString("chat@loja.example"));
        QCOMPARE(mail.decodedHeader("Subject"), QString("[My website] Chat with João Ação"));
        QVERIFY(mail.header("Subject").contains("=?UTF-8?B?")); // RFC 2047: not raw UTF-8
        QCOMPARE(mail.decodedHeader("Reply-To"), QString("João Ação <joao@cliente.example>"));
        QVERIFY(mail.header("Message-ID").startsWith("<papo."));
        QVERIFY(mail.header("Message-ID").endsWith("@loja.example>"));
        QVERIFY(mail.text.contains("Olá, <b>o frete</b> é grátis?"));
        QVERIFY(mail.text.contains("Sim, acima de R$ 100."));
        // Visitor text is escaped in the HTML part.
        QVERIFY(mail.html.contains("Olá, &lt;b&gt;o frete&lt;/b&gt; é grátis?"));
        QVERIFY(!mail.html.contains("<b>o frete</b>"));
        QVERIFY(owner->request("set_status", {{"status", "offline"}}));
    }

    void aMessageWhileNobodyIsOnlineGoesToTheTeam()
    {
        auto owner = connectOperator(m_server, m_owner);
        configure(*owner, m_sink.port(), "none");
        setWebsiteEmail(*owner, "equipe@loja.example", 300);
        QVERIFY(owner->request("set_status", {{"status", "offline"}}));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(
            visitor->request("visitor_data", {{"name", "Ana"}, {"email", "ana@cliente.example"}}));
        const int before = m_sink.count();
        QVERIFY(say(*visitor, "Vocês entregam em Manaus?") > 0);
        QVERIFY(m_sink.waitForCount(before + 1));
        const auto mail = *m_sink.message(before + 1);
        QCOMPARE(mail.envelopeTo, QStringList{"equipe@loja.example"});
        QCOMPARE(mail.decodedHeader("Subject"), QString("[My website] New message from Ana"));
        QCOMPARE(mail.decodedHeader("Reply-To"), QString("\"Ana\" <ana@cliente.example>"));
        QVERIFY(mail.text.contains("Vocês entregam em Manaus?"));
    }

    void repliesReachTheVisitorByEmailOnceAfterTheDelayInTheirLanguage()
    {
        auto owner = connectOperator(m_server, m_owner);
        configure(*owner, m_sink.port(), "none");
        setWebsiteEmail(*owner, "", 2);
        QString token;
        auto visitor = connectVisitor(m_server, &token); // lang pt-BR
        QVERIFY(visitor->request("visitor_data", {{"email", "cliente@exemplo.example"}}));
        const qint64 conversation = say(*visitor, "Meu pedido atrasou");
        visitor.reset(); // the visitor leaves
        const int before = m_sink.count();
        QCOMPARE(codeOf(owner->request("send", sendRequest(conversation, "Vou verificar."))),
                 QString("ack"));
        QCOMPARE(
            codeOf(owner->request("send", sendRequest(conversation, "Já foi enviado <hoje>."))),
            QString("ack"));
        QVERIFY(m_sink.waitForCount(before + 1));
        const auto mail = *m_sink.message(before + 1);
        QCOMPARE(mail.envelopeTo, QStringList{"cliente@exemplo.example"});
        QCOMPARE(mail.decodedHeader("Subject"), QString("Nova resposta de My website"));
        QVERIFY(mail.text.contains("Vou verificar."));
        QVERIFY(mail.text.contains("Já foi enviado <hoje>."));
        QVERIFY(mail.html.contains("Já foi enviado &lt;hoje&gt;."));
        QVERIFY(mail.text.contains("https://shop.example/produtos")); // back to the page
        QVERIFY(mail.header("List-Unsubscribe").contains("/unsubscribe?v="));
        // One email for both replies: the batch's row is sent and no other one waits.
        QTRY_VERIFY_WITH_TIMEOUT(deliveryStatuses(*owner, "visitor_reply") == QStringList{"sent"},
                                 20000);
        QCOMPARE(m_sink.count(), before + 1);

        // The link in the email unsubscribes; later replies send nothing.
        const QString text = mail.text;
        const qsizetype at = text.indexOf("http", text.indexOf("Não receber mais"));
        const QUrl link(text.mid(at).section(QLatin1Char('\n'), 0, 0).trimmed());
        const auto page = m_server.get(link.path() + "?" + link.query());
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains("Inscrição cancelada"));
        QCOMPARE(m_server.get(link.path() + "?v=1&s=forged").status, 400);
        QCOMPARE(codeOf(owner->request("send", sendRequest(conversation, "Mais alguma coisa?"))),
                 QString("ack"));
        QCOMPARE(deliveryStatuses(*owner, "visitor_reply"), QStringList{"sent"}); // no new row
    }

    void aReplyReadInTheChatIsNotEmailed()
    {
        auto owner = connectOperator(m_server, m_owner);
        configure(*owner, m_sink.port(), "none");
        setWebsiteEmail(*owner, "", 4);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->request("visitor_data", {{"email", "leitora@exemplo.example"}}));
        const qint64 conversation = say(*visitor, "Oi");
        const auto sent
            = owner->request("send", sendRequest(conversation, "Olá! Como posso ajudar?"));
        const qint64 replyId = sent->data.value("message").toObject().value("id").toInteger();
        QCOMPARE(codeOf(visitor->request("read", {{"upToId", replyId}})), QString("ack"));
        const int before = m_sink.count();
        QTRY_VERIFY_WITH_TIMEOUT(deliveryStatuses(*owner, "visitor_reply").value(0) == "cancelled",
                                 30000);
        QCOMPARE(m_sink.count(), before);
    }

    void aFailedDeliveryIsRetriedAndRetryNowSendsIt()
    {
        auto owner = connectOperator(m_server, m_owner);
        setWebsiteEmail(*owner, "equipe@loja.example", 300);
        configure(*owner, 1, "none"); // nobody listens there
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(say(*visitor, "Alguém aí?") > 0);
        QJsonObject failed;
        QTRY_VERIFY_WITH_TIMEOUT((failed = latest(*owner)).value("attempts").toInt() >= 1, 30000);
        QCOMPARE(failed.value("status").toString(), QString("pending")); // again later
        QVERIFY(failed.value("lastError").toString().contains("onnect"));
        QVERIFY(!failed.value("nextAttemptAt").toString().isEmpty());
        const int before = m_sink.count();
        configure(*owner, m_sink.port(), "none");
        QCOMPARE(codeOf(owner->request("retry_delivery", {{"id", failed.value("id")}})),
                 QString("ack"));
        QVERIFY(m_sink.waitForCount(before + 1));
        QTRY_COMPARE_WITH_TIMEOUT(latest(*owner).value("status").toString(), QString("sent"),
                                  20000);
        QCOMPARE(latest(*owner).value("attempts").toInt(), failed.value("attempts").toInt() + 1);
        QCOMPARE(codeOf(owner->request("retry_delivery", {{"id", 999999}})), QString("not_found"));
    }

    void anEmailCommittedBeforeAKillIsDeliveredOnceAfterTheRestart()
    {
        auto owner = connectOperator(m_server, m_owner);
        configure(*owner, m_sink.port(), "none");
        setWebsiteEmail(*owner, "", 3);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->request("visitor_data", {{"email", "sobrevive@exemplo.example"}}));
        const qint64 conversation = say(*visitor, "Oi");
        visitor.reset();
        const int before = m_sink.count();
        QCOMPARE(codeOf(owner->request("send", sendRequest(conversation, "Resposta durável"))),
                 QString("ack"));
        ::kill(pid_t(m_server.processId()), SIGKILL); // committed, not yet due
        owner.reset();
        QVERIFY(m_server.restart());
        m_owner = m_server.login();
        QVERIFY(m_sink.waitForCount(before + 1));
        owner = connectOperator(m_server, m_owner);
        QTRY_COMPARE_WITH_TIMEOUT(latest(*owner).value("status").toString(), QString("sent"),
                                  20000);
        QCOMPARE(m_sink.count(), before + 1);
        QCOMPARE(m_sink.message(before + 1)->envelopeTo, QStringList{"sobrevive@exemplo.example"});
        QVERIFY(m_sink.message(before + 1)->text.contains("Resposta durável"));
    }

private:
    void configure(WsClient &owner, quint16 port, const QString &security, const QString &user = {},
                   const QString &password = {})
    {
        const auto saved
            = owner.request("save_email_settings", {{"host", "127.0.0.1"},
                                                    {"port", port},
                                                    {"security", security},
                                                    {"user", user},
                                                    {"password", password},
                                                    {"clearPassword", password.isEmpty()},
                                                    {"from", "Loja <chat@loja.example>"}});
        QCOMPARE(codeOf(saved), QString("ack"));
    }

    void setWebsiteEmail(WsClient &owner, const QString &teamEmails, int delaySeconds)
    {
        QCOMPARE(codeOf(owner.request(
                     "save_email_settings",
                     {{"host", "127.0.0.1"},
                      {"port", m_sink.port()},
                      {"security", "none"},
                      {"from", "Loja <chat@loja.example>"},
                      {"websites",
                       QJsonArray{QJsonObject{{"id", 1},
                                              {"teamEmails", teamEmails},
                                              {"visitorEmailDelaySeconds", delaySeconds}}}}})),
                 QString("ack"));
    }

    QStringList deliveryStatuses(WsClient &owner, const QString &purpose)
    {
        QStringList statuses;
        const auto list = owner.request("deliveries");
        for (const QJsonValue &value : list->data.value("deliveries").toArray())
            if (value.toObject().value("purpose").toString() == purpose
                && value.toObject().value("id").toInteger() > m_seen)
                statuses.append(value.toObject().value("status").toString());
        return statuses;
    }

    QJsonObject latest(WsClient &owner)
    {
        return owner.request("deliveries")->data.value("deliveries").toArray().first().toObject();
    }

    TestCertificates m_certificates;
    ServerProcess m_server;
    SmtpSink m_sink;
    QString m_owner;
    QString m_bia;
    qint64 m_seen = 0;
};

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
