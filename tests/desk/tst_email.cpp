#include "deskfixture.h"
#include "operatoraccounts.h"

#include "views/composeredit.h"
#include "views/conversationview.h"
#include "views/deliveriespage.h"
#include "views/emailsettingspage.h"
#include "views/mainwindow.h"

#include <httpsink.h>
#include <smtpsink.h>

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <csignal>

using namespace papo::desk;
using namespace papo::testing;

namespace {

QString codeOf(const std::optional<papo::common::Envelope> &reply)
{
    if (!reply)
        return "no reply";
    return reply->type == "ack" ? QString("ack") : reply->data.value("code").toString();
}

} // namespace

// Settings → Email and Deliveries against the real server and a real SMTP server
// (python3-aiosmtpd): the test button shows the mail server's exact refusal, then its
// acceptance; a delivery that failed shows its error, and Retry now sends it; a group gets its
// own team addresses. Last, the email issue's "Done when" walked through end to end.
class TestDeskEmail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        QVERIFY(m_sink.start({{}, {}, {}, {}, "loja:certa", {}}));
    }

    void theOwnerSetsUpEmailAndSeesTheServersAnswer()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        auto *page = openSettingsPage<EmailSettingsPage>(desk);
        QVERIFY(page);

        child<QLineEdit>(*page, "smtpHostEdit")->setText("127.0.0.1");
        child<QSpinBox>(*page, "smtpPortSpin")->setValue(m_sink.port());
        auto *security = child<QComboBox>(*page, "smtpSecurityCombo");
        security->setCurrentIndex(security->findData("none"));
        child<QLineEdit>(*page, "smtpUserEdit")->setText("loja");
        QTest::keyClicks(child<QLineEdit>(*page, "smtpPasswordEdit"), "errada");
        child<QLineEdit>(*page, "smtpFromEdit")->setText("Loja <chat@loja.example>");
        child<QLineEdit>(*page, "teamEmailsEdit")->setText("equipe@loja.example");
        QTest::mouseClick(child<QPushButton>(*page, "saveEmailButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Saved."), 20000);
        // The password never comes back: the field is empty and says it is kept.
        QTRY_COMPARE(child<QLineEdit>(*page, "smtpPasswordEdit")->placeholderText(),
                     QString("(unchanged)"));
        QVERIFY(child<QLineEdit>(*page, "smtpPasswordEdit")->text().isEmpty());

        child<QLineEdit>(*page, "testAddressEdit")->setText("dono@loja.example");
        auto *test = child<QPushButton>(*page, "sendTestEmailButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().startsWith("Not sent."), 30000);
        QVERIFY2(page->statusText().contains("535 5.7.8 Authentication credentials invalid"),
                 qPrintable(page->statusText()));
        QCOMPARE(child<QLabel>(*page, "emailStatusLabel")->textFormat(), Qt::PlainText);

        QTest::keyClicks(child<QLineEdit>(*page, "smtpPasswordEdit"), "certa");
        QTest::mouseClick(child<QPushButton>(*page, "saveEmailButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Saved."), 20000);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().startsWith("Sent."), 30000);
        QVERIFY2(page->statusText().contains("250 2.0.0 Message 1 accepted by the test sink"),
                 qPrintable(page->statusText()));
        QVERIFY(m_sink.waitForCount(1));

        // The conversation says where answers go.
        auto *note = desk.window.findChild<QLabel *>("emailNoteLabel");
        QVERIFY(note);
        QVERIFY(note->text().contains("do not appear in the chat widget"));
    }

    void aFailedDeliveryShowsItsErrorAndRetryNowSendsIt()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        // The mail server refuses the password: the offline message's delivery fails.
        auto owner = operatorSocket(m_server, m_owner);
        QVERIFY(owner);
        QCOMPARE(configureEmail(*owner, "errada", 300), QString("ack"));
        // Nobody online: the visitor's message goes to the team by email.
        QCOMPARE(codeOf(owner->request("set_status", {{"status", "offline"}})), QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QVERIFY(visitorSays(*visitor, "Tem em estoque?") > 0);

        auto *page = openSettingsPage<DeliveriesPage>(desk);
        QVERIFY(page);
        QTreeWidget *list = page->list();
        auto *refresh = child<QPushButton>(*page, "refreshDeliveriesButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            (QTest::mouseClick(refresh, Qt::LeftButton),
             list->topLevelItemCount() > 0 && list->topLevelItem(0)->text(2) == "1"),
            30000);
        QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(0), QString("Waiting"));
        QCOMPARE(row->text(1), QString("Offline message to the team"));
        QVERIFY2(row->text(3).startsWith("535 5.7.8"), qPrintable(row->text(3)));

        const int before = m_sink.count();
        QCOMPARE(codeOf(owner->request("save_email_settings", {{"host", "127.0.0.1"},
                                                               {"port", m_sink.port()},
                                                               {"security", "none"},
                                                               {"user", "loja"},
                                                               {"password", "certa"},
                                                               {"from", "chat@loja.example"}})),
                 QString("ack"));
        list->setCurrentItem(list->topLevelItem(0));
        auto *retry = child<QPushButton>(*page, "retryDeliveryButton");
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(m_sink.waitForCount(before + 1));
        QTRY_VERIFY_WITH_TIMEOUT(
            (QTest::mouseClick(refresh, Qt::LeftButton),
             list->topLevelItemCount() > 0 && list->topLevelItem(0)->text(0) == "Sent"),
            30000);
        QCOMPARE(list->topLevelItem(0)->text(2), QString("2"));
    }

    void aGroupGetsItsOwnTeamAddresses()
    {
        auto owner = operatorSocket(m_server, m_owner);
        QVERIFY(owner);
        const auto group = owner->request("save_group", {{"name", "Vendas"}});
        QCOMPARE(codeOf(group), QString("ack"));
        const qint64 groupId = group->data.value("group").toObject().value("id").toInteger();

        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        auto *page = openSettingsPage<EmailSettingsPage>(desk);
        QVERIFY(page);
        auto *groups = child<QComboBox>(*page, "emailGroupCombo");
        QTRY_COMPARE_WITH_TIMEOUT(groups->findText("Vendas"), 0, 20000);
        QVERIFY(!groups->isHidden());
        auto *addresses = child<QLineEdit>(*page, "groupTeamEmailsEdit");
        QVERIFY(addresses->text().isEmpty());
        QTest::keyClicks(addresses, "vendas@@loja");
        QTest::mouseClick(child<QPushButton>(*page, "saveEmailButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains("is not an email address"), 20000);
        addresses->clear();
        QTest::keyClicks(addresses, "vendas@loja.example");
        QTest::mouseClick(child<QPushButton>(*page, "saveEmailButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Saved."), 20000);

        // The server keeps it for the group, and the website's addresses are unchanged.
        const auto settings = owner->request("email_settings");
        QJsonObject saved;
        for (const QJsonValue &value : settings->data.value("groups").toArray())
            if (value.toObject().value("id").toInteger() == groupId)
                saved = value.toObject();
        QCOMPARE(saved.value("teamEmails").toString(), QString("vendas@loja.example"));
        QCOMPARE(settings->data["websites"][0]["teamEmails"].toString(),
                 QString("equipe@loja.example"));
        QCOMPARE(addresses->text(), QString("vendas@loja.example"));
    }

    // With the only operator offline, a visitor leaves a message with their email: the team's
    // inbox gets it with Reply-To; the operator answers in papo-desk; after the delay the
    // visitor's inbox gets the answer in Portuguese; a webhook receiver and Slack each get
    // their events exactly once although papo-server is killed with kill -9 in between.
    void nothingAVisitorWritesGoesUnansweredAcrossAKill()
    {
        HttpSink hooks;
        QVERIFY(hooks.start());
        const quint16 hooksPort = hooks.port();
        auto owner = operatorSocket(m_server, m_owner);
        QVERIFY(owner);
        QCOMPARE(configureEmail(*owner, "certa", 5), QString("ack"));
        QCOMPARE(codeOf(owner->request("save_allowed_addresses",
                                       {{"addresses", QJsonArray{"127.0.0.1"}}})),
                 QString("ack"));
        QCOMPARE(codeOf(owner->request("save_webhook", {{"url", hooks.url("/hook-walk")},
                                                        {"events", QJsonArray{"message"}}})),
                 QString("ack"));
        QCOMPARE(codeOf(owner->request(
                     "save_slack_settings",
                     {{"websites", QJsonArray{QJsonObject{
                                       {"id", 1}, {"slackUrl", hooks.url("/slack-walk")}}}}})),
                 QString("ack"));
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QCOMPARE(codeOf(owner->request("set_status", {{"status", "offline"}})), QString("ack"));
        hooks.stop(); // the receivers are down: webhook and Slack wait for their next try

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(
            visitor->request("visitor_data", {{"name", "Ana"}, {"email", "ana@cliente.example"}}));
        const int before = m_sink.count();
        QVERIFY(visitorSays(*visitor, "Vocês entregam no sábado?") > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QVERIFY(m_sink.waitForCount(before + 1));
        const auto toTheTeam = m_sink.message(before + 1);
        QCOMPARE(toTheTeam->envelopeTo, QStringList{"equipe@loja.example"});
        QCOMPARE(toTheTeam->decodedHeader("Reply-To"), QString("\"Ana\" <ana@cliente.example>"));
        QVERIFY(toTheTeam->text.contains("Vocês entregam no sábado?"));

        // The operator answers from papo-desk; the visitor leaves without reading it.
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*desk.controller.queue(), conversationId), 10000);
        desk.controller.openConversation(conversationId);
        ComposerEdit *composer = desk.window.conversationView()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, "Entregamos sim, ate as 14h.");
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(waitForOperatorText(*visitor, "Entregamos sim, ate as 14h."));
        visitor.reset();

        // Everything is committed; nothing of the visitor's email, webhook or Slack is out.
        QTRY_VERIFY_WITH_TIMEOUT(triedOnceAndWaiting(*owner, hooks.url("/hook-walk"), 2)
                                     && triedOnceAndWaiting(*owner, hooks.url("/slack-walk"), 1),
                                 20000);
        ::kill(pid_t(m_server.processId()), SIGKILL);
        owner.reset();
        QVERIFY(hooks.start(hooksPort));
        QVERIFY(m_server.restart());
        QVERIFY(m_sink.waitForCount(before + 2, 60000));
        const auto toTheVisitor = m_sink.message(before + 2);
        QCOMPARE(toTheVisitor->envelopeTo, QStringList{"ana@cliente.example"});
        QCOMPARE(toTheVisitor->decodedHeader("Subject"), QString("Nova resposta de My website"));
        QVERIFY(toTheVisitor->text.contains("Entregamos sim, ate as 14h."));
        QVERIFY(hooks.waitForCount("/hook-walk", 2, 60000)); // the question and the answer
        QVERIFY(hooks.waitForCount("/slack-walk", 1, 60000));

        // All delivered: nothing left to send twice.
        owner = operatorSocket(m_server, m_server.login());
        QVERIFY(owner);
        QTRY_VERIFY_WITH_TIMEOUT(
            deliveryStatuses(*owner, hooks.url("/hook-walk")) == QStringList({"sent", "sent"})
                && deliveryStatuses(*owner, hooks.url("/slack-walk")) == QStringList{"sent"},
            60000);
        QCOMPARE(hooks.requests("/hook-walk").size(), 2);
        QCOMPARE(hooks.requests("/slack-walk").size(), 1);
        QCOMPARE(m_sink.count(), before + 2);
        QSet<QString> eventIds;
        for (const ReceivedRequest &request : hooks.requests("/hook-walk"))
            eventIds.insert(request.headers.value("x-papo-event-id"));
        QCOMPARE(eventIds.size(), 2);
    }

private:
    // The test's SMTP server with this password (it takes "certa"), the team at
    // equipe@loja.example, visitors emailed after `delaySeconds`.
    QString configureEmail(WsClient &owner, const QString &password, int delaySeconds)
    {
        return codeOf(owner.request(
            "save_email_settings",
            {{"host", "127.0.0.1"},
             {"port", m_sink.port()},
             {"security", "none"},
             {"user", "loja"},
             {"password", password},
             {"from", "Loja <chat@loja.example>"},
             {"websites", QJsonArray{QJsonObject{{"id", 1},
                                                 {"teamEmails", "equipe@loja.example"},
                                                 {"visitorEmailDelaySeconds", delaySeconds}}}}}));
    }

    // The statuses of the deliveries to `target` in Settings → Deliveries, newest first.
    static QStringList deliveryStatuses(WsClient &owner, const QString &target,
                                        QList<int> *attempts = nullptr)
    {
        QStringList statuses;
        const auto list = owner.request("deliveries");
        for (const QJsonValue &value :
             list ? list->data.value("deliveries").toArray() : QJsonArray())
            if (value.toObject().value("target").toString() == target) {
                statuses.append(value.toObject().value("status").toString());
                if (attempts)
                    attempts->append(value.toObject().value("attempts").toInt());
            }
        return statuses;
    }

    // `count` deliveries to `target`, each tried once and waiting for its next try (not in
    // the middle of one, which a kill would leave claimed for the lease's five minutes).
    static bool triedOnceAndWaiting(WsClient &owner, const QString &target, int count)
    {
        QList<int> attempts;
        const QStringList statuses = deliveryStatuses(owner, target, &attempts);
        return statuses == QStringList(count, "pending") && attempts == QList<int>(count, 1);
    }

    ServerProcess m_server;
    SmtpSink m_sink;
    QString m_owner;
    QString m_bia;
};

QTEST_MAIN(TestDeskEmail)
#include "tst_email.moc"
