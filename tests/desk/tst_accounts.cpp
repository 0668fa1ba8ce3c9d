#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/accountcontroller.h"
#include "app/teamcontroller.h"
#include "app/translationloader.h"
#include "models/devicemodel.h"
#include "views/changepassworddialog.h"
#include "views/devicesdialog.h"
#include "views/teampane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;

namespace {

// One more papo-desk of Bia's, on another machine: a login with that device name.
struct OtherDevice : DeskConnection
{
    bool signIn(const ServerProcess &server, const QString &name)
    {
        const QString token = server.login("bia@papo.test", m_password, name);
        return !token.isEmpty() && connect(server, token);
    }
    QString m_password = QStringLiteral("senha-da-bia");
};

int rowOfDevice(const QAbstractItemModel &model, const QString &prefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, DeviceModel::NameColumn).data().toString().startsWith(prefix))
            return row;
    }
    return -1;
}

// A login from another machine, seen through a proxy papo-server trusts.
QString loginFrom(const ServerProcess &server, const QString &device, const QByteArray &address)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.httpUrl("/api/login"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Forwarded-For", address);
    std::unique_ptr<QNetworkReply> reply(network.post(
        request, QJsonDocument(QJsonObject{{"email", ServerProcess::ownerEmail()},
                                           {"password", ServerProcess::ownerPassword()},
                                           {"device", device}})
                     .toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(10000);
    return QJsonDocument::fromJson(reply->readAll()).object().value("token").toString();
}

} // namespace

// One's own account in papo-desk against the real server: Papo → Change password… and
// My devices…, and the team's name in the Team tab.
class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        // Bia's desk logs in the way papo-desk does, with this machine's name.
        m_biaDesk = m_server.login("bia@papo.test", "senha-da-bia", "bia-escritorio (Debian)");
        QVERIFY(!m_biaDesk.isEmpty());
    }

    void changingThePasswordStatesTheRulesAndLogsOutTheOtherDevices()
    {
        DeskSession bia;
        bia.window.resize(1100, 700);
        QVERIFY(bia.showAndConnect(m_server, m_biaDesk));
        OtherDevice laptop;
        QVERIFY(laptop.signIn(m_server, "bia-notebook"));
        QSignalSpy laptopEnded(&laptop.connection, &ServerConnection::authenticationFailed);

        child<QAction>(bia.window, "changePasswordAction")->trigger();
        ChangePasswordDialog *dialog = bia.window.changePasswordDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The rules are there before anything is typed.
        auto *rules = child<QLabel>(*dialog, "passwordRulesLabel");
        QVERIFY(rules->isVisible());
        QVERIFY(rules->text().contains("8 characters"));
        QVERIFY(child<QCheckBox>(*dialog, "logOutOthersCheck")->isChecked());
        auto *button = child<QPushButton>(*dialog, "changePasswordButton");
        auto *message = child<QLabel>(*dialog, "changePasswordMessageLabel");
        QVERIFY(!button->isEnabled());

        // Too short, and not the same twice: said at once, nothing sent.
        child<QLineEdit>(*dialog, "currentPasswordEdit")->setText("senha-da-bia");
        child<QLineEdit>(*dialog, "newPasswordEdit")->setText("curta");
        child<QLineEdit>(*dialog, "repeatPasswordEdit")->setText("curta");
        button->click();
        QCOMPARE(message->text(), QString("The new password needs at least 8 characters."));
        child<QLineEdit>(*dialog, "newPasswordEdit")->setText("uma senha nova");
        child<QLineEdit>(*dialog, "repeatPasswordEdit")->setText("uma senha novo");
        button->click();
        QCOMPARE(message->text(), QString("The two new passwords are not the same."));

        // A wrong current password: the server's refusal, in our words.
        child<QLineEdit>(*dialog, "currentPasswordEdit")->setText("errada");
        child<QLineEdit>(*dialog, "repeatPasswordEdit")->setText("uma senha nova");
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QString("Your current password is not right."),
                                  10000);
        QVERIFY(dialog->isVisible());

        child<QLineEdit>(*dialog, "currentPasswordEdit")->setText("senha-da-bia");
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QTRY_VERIFY(bia.window.statusBar()->currentMessage().contains("password was changed"));
        QTRY_COMPARE_WITH_TIMEOUT(laptopEnded.size(), 1, 10000); // the other device: out
        QVERIFY(bia.connection.isConnected());                   // this one stays
        QVERIFY(m_server.login("bia@papo.test", "senha-da-bia").isEmpty());
        QVERIFY(!m_server.login("bia@papo.test", "uma senha nova").isEmpty());
        m_biaPassword = "uma senha nova";
    }

    void myDevicesListsLogsOutOneAndEverywhere()
    {
        DeskSession bia;
        bia.window.resize(1100, 700);
        QAbstractItemModelTester tester(bia.controller.account()->devices(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(bia.showAndConnect(m_server, m_biaDesk));
        OtherDevice shop;
        shop.m_password = m_biaPassword;
        QVERIFY(shop.signIn(m_server, "loja-balcao (Windows 11)"));
        QSignalSpy shopEnded(&shop.connection, &ServerConnection::authenticationFailed);

        child<QAction>(bia.window, "devicesAction")->trigger();
        DevicesDialog *dialog = bia.window.devicesDialog();
        QVERIFY(dialog && dialog->isVisible());
        DeviceModel *devices = bia.controller.account()->devices();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfDevice(*devices, "loja-balcao") >= 0, 10000);
        const int here = rowOfDevice(*devices, "bia-escritorio");
        QVERIFY(here >= 0);
        QCOMPARE(devices->index(here, DeviceModel::NameColumn).data().toString(),
                 QString("bia-escritorio (Debian) (this device)"));
        QCOMPARE(devices->index(here, DeviceModel::LastUsedColumn).data().toString(),
                 QString("Now"));
        const int shopRow = rowOfDevice(*devices, "loja-balcao");
        QCOMPARE(devices->index(shopRow, DeviceModel::AddressColumn).data().toString(),
                 QString("127.0.0.1"));
        QVERIFY(!devices->index(shopRow, DeviceModel::LastUsedColumn).data().toString().isEmpty());

        // Log out the shop's computer: its papo-desk ends its session at once.
        auto *logOut = child<QPushButton>(*dialog, "logOutDeviceButton");
        QVERIFY(!logOut->isEnabled());
        dialog->table()->selectRow(shopRow);
        QVERIFY(logOut->isEnabled());
        logOut->click();
        QTRY_COMPARE_WITH_TIMEOUT(shopEnded.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOfDevice(*devices, "loja-balcao"), -1, 10000);
        QVERIFY(bia.connection.isConnected());

        // Everywhere, after a confirmation: this papo-desk too.
        QSignalSpy thisEnded(&bia.connection, &ServerConnection::authenticationFailed);
        child<QPushButton>(*dialog, "logOutEverywhereButton")->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog->findChild<QMessageBox *>("confirmLogOutEverywhereBox")));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(thisEnded.size(), 1, 10000);
        QCOMPARE(bia.connection.state(), ServerConnection::State::Idle);
        QTRY_VERIFY(!dialog->isVisible()); // the account's dialogs go with the session
    }

    void adminsNameTheTeamAndTheNameStaysText()
    {
        DeskSession owner;
        owner.window.resize(1280, 760);
        owner.window.mainTabs()->setCurrentWidget(owner.window.teamPane());
        QVERIFY(owner.showAndConnect(m_server, m_owner));
        TeamPane &team = *owner.window.teamPane();
        auto *heading = child<QLabel>(team, "teamHeading");
        QCOMPARE(heading->text(), QString("Team"));
        child<QPushButton>(team, "teamNameButton")->click();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = team.findChild<QInputDialog *>("teamNameDialog")));
        dialog->setTextValue("Loja <b>Bonita</b>");
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(heading->text(), QString("Loja <b>Bonita</b>"), 10000);
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QCOMPARE(owner.controller.team()->teamName(), QString("Loja <b>Bonita</b>"));

        // An operator sees the name, and none of the admin buttons.
        DeskSession bia;
        bia.window.mainTabs()->setCurrentWidget(bia.window.teamPane());
        QVERIFY(bia.showAndConnect(m_server, m_server.login("bia@papo.test", m_biaPassword)));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(*bia.window.teamPane(), "teamHeading")->text(),
                                  QString("Loja <b>Bonita</b>"), 10000);
        QVERIFY(!child<QPushButton>(*bia.window.teamPane(), "resetPasswordButton")->isVisible());
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-change-password.png and desk-devices.png there (in
    // Portuguese when PAPO_QM_DIR holds papo_pt_BR.qm), see tests/desk/README.md.
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        if (qEnvironmentVariableIsSet("PAPO_QM_DIR")) {
            TranslationLoader::install(QCoreApplication::instance(), {"pt_BR"},
                                       qEnvironmentVariable("PAPO_QM_DIR"));
            QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        }
        ServerProcess server;
        server.setEnvironment("PAPO_OWNER_NAME", "Ana Souza");
        server.setExtraArguments({"--trusted-proxy", "127.0.0.1"});
        QVERIFY(server.start());
        QVERIFY(!loginFrom(server, "loja-balcao (Windows 11 Pro)", "177.43.12.8").isEmpty());
        QVERIFY(!loginFrom(server, "MacBook-da-Ana (macOS 14.5)", "189.6.201.77").isEmpty());
        const QString here = loginFrom(server, "ana-notebook (Ubuntu 24.04 LTS)", "127.0.0.1");

        DeskSession ana;
        ana.window.resize(1100, 700);
        QVERIFY(ana.showAndConnect(server, here));
        ana.window.showDevices();
        DevicesDialog *devices = ana.window.devicesDialog();
        QTRY_COMPARE_WITH_TIMEOUT(devices->table()->model()->rowCount(), 3, 10000);
        devices->table()->selectRow(1);
        QVERIFY(devices->grab().save(directory + "/desk-devices.png"));
        devices->hide();

        ana.window.showChangePassword();
        ChangePasswordDialog *password = ana.window.changePasswordDialog();
        child<QLineEdit>(*password, "currentPasswordEdit")->setText("uma senha antiga");
        child<QLineEdit>(*password, "newPasswordEdit")->setText("curta");
        child<QLineEdit>(*password, "repeatPasswordEdit")->setText("curta");
        child<QPushButton>(*password, "changePasswordButton")->click();
        QVERIFY(child<QLabel>(*password, "changePasswordMessageLabel")->isVisible());
        QVERIFY(password->grab().save(directory + "/desk-change-password.png"));
    }

private:
    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
    QString m_biaDesk;
    QString m_biaPassword = QStringLiteral("senha-da-bia");
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
