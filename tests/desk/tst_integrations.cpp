#include "deskfixture.h"
#include "operatoraccounts.h"

#include "views/conversationview.h"
#include "views/deliveriespage.h"
#include "views/helpscoutpage.h"
#include "views/integrationspage.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"

#include <httpsink.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace papo::desk;
using namespace papo::testing;

// Settings → Integrations and Settings → Help Scout against the real server and a real HTTP
// receiver (tests/support/httpsink.py, which also plays Help Scout): the owner allows the
// receiver's internal address, adds a webhook and copies its secret, sets the Slack URL; a
// visitor's message reaches both, the webhook signed with that secret, and Deliveries shows
// them sent. The owner connects Help Scout; Bia exports a chat from its header.
class TestDeskIntegrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        QVERIFY(m_sink.start());
    }

    void theOwnerAddsAWebhookAndSlackAndSeesThemDelivered()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        auto *page = dialog->findChild<IntegrationsPage *>();
        QVERIFY(page);
        dialog->showPage(page);

        // The receiver is on loopback: refused until its exact address is allowed.
        child<QLineEdit>(*page, "allowedAddressesEdit")->setText("localhost");
        QTest::mouseClick(child<QPushButton>(*page, "saveAddressesButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains("is not an IP address"), 20000);
        QCOMPARE(child<QLabel>(*page, "integrationsStatusLabel")->textFormat(), Qt::PlainText);
        child<QLineEdit>(*page, "allowedAddressesEdit")->setText("127.0.0.1");
        QTest::mouseClick(child<QPushButton>(*page, "saveAddressesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Saved."), 20000);

        auto *url = child<QLineEdit>(*page, "webhookUrlEdit");
        auto *add = child<QPushButton>(*page, "addWebhookButton");
        url->setText("ftp://files.example/in");
        child<QCheckBox>(*page, "event_message")->setChecked(true);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains("https://"), 20000);
        url->setText(m_sink.url("/desk"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Webhook added."), 20000);
        const QString secret = child<QLineEdit>(*page, "webhookSecretEdit")->text();
        QVERIFY(secret.startsWith("whsec_"));
        QTRY_COMPARE_WITH_TIMEOUT(page->webhookList()->topLevelItemCount(), 1, 20000);
        QCOMPARE(page->webhookList()->topLevelItem(0)->text(0), m_sink.url("/desk"));
        QCOMPARE(page->webhookList()->topLevelItem(0)->text(1), QString("Message"));

        QTRY_COMPARE_WITH_TIMEOUT(child<QComboBox>(*page, "slackWebsiteCombo")->count(), 1, 20000);
        child<QLineEdit>(*page, "slackUrlEdit")->setText(m_sink.url("/slack"));
        QTest::mouseClick(child<QPushButton>(*page, "saveSlackButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Saved."), 20000);

        // A visitor writes: the webhook (signed with the secret shown) and Slack get it.
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        QVERIFY(visitorSays(*visitor, "Chegou meu pedido?") > 0);
        QVERIFY(m_sink.waitForCount("/desk", 1));
        QVERIFY(m_sink.waitForCount("/slack", 1));
        const ReceivedRequest request = m_sink.requests("/desk").at(0);
        const QString header = request.headers.value("x-papo-signature");
        const QByteArray t = header.section(',', 0, 0).section('=', 1).toUtf8();
        QCOMPARE(header.section(',', 1, 1).section('=', 1).toUtf8(),
                 QMessageAuthenticationCode::hash(t + "." + request.body, secret.toUtf8(),
                                                  QCryptographicHash::Sha256)
                     .toHex());

        auto *deliveries = dialog->findChild<DeliveriesPage *>();
        QVERIFY(deliveries);
        dialog->showPage(deliveries);
        QTRY_VERIFY_WITH_TIMEOUT(
            sentAfterRefresh(*deliveries, "Webhook message to " + m_sink.url("/desk"))
                && sentAfterRefresh(*deliveries, "New chat to Slack"),
            30000);

        // Deleting the webhook empties the list.
        dialog->showPage(page);
        page->webhookList()->setCurrentItem(page->webhookList()->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(*page, "deleteWebhookButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->webhookList()->topLevelItemCount(), 0, 20000);
    }

    void theOwnerConnectsHelpScoutAndBiaExportsAChatFromItsHeader()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        auto *ownersExport = child<QPushButton>(desk.window, "exportToHelpScoutButton");
        QVERIFY(ownersExport->isHidden()); // not connected yet
        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        auto *integrations = dialog->findChild<IntegrationsPage *>();
        dialog->showPage(integrations);
        child<QLineEdit>(*integrations, "allowedAddressesEdit")->setText("127.0.0.1");
        QTest::mouseClick(child<QPushButton>(*integrations, "saveAddressesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(integrations->statusText(), QString("Saved."), 20000);

        auto *page = dialog->findChild<HelpScoutPage *>();
        QVERIFY(page);
        dialog->showPage(page);
        auto *secret = child<QLineEdit>(*page, "helpScoutSecretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        child<QLineEdit>(*page, "helpScoutAppIdEdit")->setText("papo-app");
        secret->setText("s3cret");
        child<QLineEdit>(*page, "helpScoutBaseUrlEdit")->setText(m_sink.url("/helpscout"));
        auto *save = child<QPushButton>(*page, "saveHelpScoutButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().startsWith("mailboxId:"), 20000);
        QTest::keyClicks(child<QLineEdit>(*page, "helpScoutMailboxEdit"), "85x");
        QCOMPARE(child<QLineEdit>(*page, "helpScoutMailboxEdit")->text(), QString("85"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Connected to Help Scout."), 20000);
        QVERIFY(secret->text().isEmpty()); // never shown again
        QCOMPARE(secret->placeholderText(), QString("(unchanged)"));
        QVERIFY(!ownersExport->isHidden());

        // Bia, an operator, opens a chat and exports it from its header.
        DeskSession bia;
        QVERIFY(bia.showAndConnect(m_server, m_bia));
        auto *exportButton = child<QPushButton>(bia.window, "exportToHelpScoutButton");
        QTRY_VERIFY_WITH_TIMEOUT(!exportButton->isHidden(), 10000);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->request("visitor_data",
                                 {{"name", "Rita Lee"}, {"email", "rita@cliente.example"}}));
        QVERIFY(visitorSays(*visitor, "Troca de tamanho, <pode>?") > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*bia.controller.queue(), conversationId), 10000);
        bia.controller.openConversation(conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), 10000);
        const int before = m_sink.requests("/helpscout/v2/conversations").size();
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            bia.window.statusBar()->currentMessage().startsWith("Exporting to Help Scout"), 20000);
        QVERIFY(m_sink.waitForCount("/helpscout/v2/conversations", before + 1));
        const ReceivedRequest created = m_sink.requests("/helpscout/v2/conversations").at(before);
        QCOMPARE(created.status, 201);
        const QJsonObject body = QJsonDocument::fromJson(created.body).object();
        QCOMPARE(body["customer"]["email"].toString(), QString("rita@cliente.example"));
        QVERIFY(body["threads"][0]["text"].toString().contains("Troca de tamanho, &lt;pode&gt;?"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(bia.window.statusBar()->currentMessage(),
                                  QString("This chat is already in Help Scout, as it is now."),
                                  20000);

        // The owner sees it arrived; disconnecting hides the button again.
        auto *deliveries = dialog->findChild<DeliveriesPage *>();
        dialog->showPage(deliveries);
        QTRY_VERIFY_WITH_TIMEOUT(sentAfterRefresh(*deliveries, "Chat exported to Help Scout"),
                                 30000);
        dialog->showPage(page);
        QTest::mouseClick(child<QPushButton>(*page, "disconnectHelpScoutButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QString("Disconnected from Help Scout."),
                                  20000);
        QVERIFY(ownersExport->isHidden());
        QVERIFY(child<QLineEdit>(*page, "helpScoutAppIdEdit")->text().isEmpty());
    }

private:
    // Presses Refresh; true when the newest delivery shown as `what` is Sent.
    static bool sentAfterRefresh(DeliveriesPage &deliveries, const QString &what)
    {
        QTest::mouseClick(child<QPushButton>(deliveries, "refreshDeliveriesButton"),
                          Qt::LeftButton);
        QTreeWidget *list = deliveries.list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1) == what)
                return list->topLevelItem(i)->text(0) == "Sent";
        return false;
    }

    ServerProcess m_server;
    HttpSink m_sink;
    QString m_owner;
    QString m_bia;
};

QTEST_MAIN(TestDeskIntegrations)
#include "tst_integrations.moc"
