#include "deskfixture.h"
#include "operatoraccounts.h"

#include "views/deliveriespage.h"
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
#include <QTest>
#include <QTreeWidget>

using namespace papo::desk;
using namespace papo::testing;

// Settings → Integrations against the real server and a real HTTP receiver
// (tests/support/httpsink.py): the owner allows the receiver's internal address, adds a
// webhook and copies its secret, sets the Slack URL; a visitor's message reaches both, the
// webhook signed with that secret, and Deliveries shows them sent.
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
        QTreeWidget *list = deliveries->list();
        auto *refresh = child<QPushButton>(*deliveries, "refreshDeliveriesButton");
        const auto sentRow = [&](const QString &what) {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(1) == what)
                    return list->topLevelItem(i)->text(0) == "Sent";
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            (QTest::mouseClick(refresh, Qt::LeftButton),
             sentRow("Webhook message to " + m_sink.url("/desk")) && sentRow("New chat to Slack")),
            30000);

        // Deleting the webhook empties the list.
        dialog->showPage(page);
        page->webhookList()->setCurrentItem(page->webhookList()->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(*page, "deleteWebhookButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->webhookList()->topLevelItemCount(), 0, 20000);
    }

private:
    ServerProcess m_server;
    HttpSink m_sink;
    QString m_owner;
    QString m_bia;
};

QTEST_MAIN(TestDeskIntegrations)
#include "tst_integrations.moc"
