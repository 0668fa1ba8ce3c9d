#include "deskfixture.h"
#include "operatoraccounts.h"

#include "views/deliveriespage.h"
#include "views/emailsettingspage.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"

#include <smtpsink.h>

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace papo::desk;
using namespace papo::testing;

namespace {

std::unique_ptr<WsClient> operatorSocket(const ServerProcess &server, const QString &token)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(server.wsUrl("/ws/operator")))
        return nullptr;
    const auto reply = client->request("hello", {{"token", token}});
    return reply && reply->type == "ack" ? std::move(client) : nullptr;
}

QString codeOf(const std::optional<papo::common::Envelope> &reply)
{
    if (!reply)
        return "no reply";
    return reply->type == "ack" ? QString("ack") : reply->data.value("code").toString();
}

} // namespace

// Settings → Email and Deliveries against the real server and a real SMTP server
// (python3-aiosmtpd): the test button shows the mail server's exact refusal, then its
// acceptance; a delivery that failed shows its error, and Retry now sends it.
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
        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        auto *page = dialog->findChild<EmailSettingsPage *>();
        QVERIFY(page);
        dialog->showPage(page);

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
        QCOMPARE(codeOf(owner->request(
                     "save_email_settings",
                     {{"host", "127.0.0.1"},
                      {"port", m_sink.port()},
                      {"security", "none"},
                      {"user", "loja"},
                      {"password", "errada"},
                      {"from", "chat@loja.example"},
                      {"websites", QJsonArray{QJsonObject{{"id", 1},
                                                          {"teamEmails", "equipe@loja.example"},
                                                          {"visitorEmailDelaySeconds", 300}}}}})),
                 QString("ack"));
        // Nobody online: the visitor's message goes to the team by email.
        QCOMPARE(codeOf(owner->request("set_status", {{"status", "offline"}})), QString("ack"));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QVERIFY(visitorSays(*visitor, "Tem em estoque?") > 0);

        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        auto *page = dialog->findChild<DeliveriesPage *>();
        QVERIFY(page);
        dialog->showPage(page);
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

private:
    ServerProcess m_server;
    SmtpSink m_sink;
    QString m_owner;
    QString m_bia;
};

QTEST_MAIN(TestDeskEmail)
#include "tst_email.moc"
