#include "deskfixture.h"
#include "testdatabase.h"

#include "app/deskapp.h"
#include "app/tokenstore.h"
#include "app/translationloader.h"
#include "net/serverconnection.h"
#include "views/joinform.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"
#include "views/profilesetupdialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;

// DeskApp's session flow with the real keychain (private gnome-keyring) and server.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(useOwnKeyringAndSettings("desk_session"));
        QVERIFY(m_server.start());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void firstStartAsksToLogIn()
    {
        DeskApp app;
        app.start();
        QTRY_VERIFY(app.loginDialog()->isVisible());
        QVERIFY(!app.mainWindow()->isVisible());
        QCOMPARE(app.loginDialog()->findChild<QLineEdit *>("serverUrlEdit")->text(),
                 QString("http://127.0.0.1:8080"));

        logIn(app, "wrong password");
        auto *message = app.loginDialog()->findChild<QLabel *>("loginMessageLabel");
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QString("Wrong email or password"), 10000);
        QVERIFY(app.loginDialog()->isVisible());

        logIn(app, ServerProcess::ownerPassword());
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isVisible(), 10000);
        QVERIFY(!app.loginDialog()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(!storedToken().isEmpty(), 10000);
        QCOMPARE(QSettings().value("account/email").toString(), ServerProcess::ownerEmail());
    }

    void nextStartLogsInSilently()
    {
        DeskApp app;
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        QVERIFY(app.mainWindow()->isVisible());
        QVERIFY(!app.loginDialog()->isVisible());
    }

    void revokedTokenLeadsBackToTheLoginDialog()
    {
        DeskApp app;
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        const QString token = storedToken();
        QVERIFY(!token.isEmpty());

        // Revoked elsewhere (another device logged out); the next hello is refused.
        QCOMPARE(m_server.post("/api/logout", "{}", token.toUtf8()).status, 204);
        app.connection()->dropConnection();
        QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog()->isVisible(), 15000);
        QVERIFY(!app.mainWindow()->isVisible());
        QCOMPARE(app.connection()->state(), ServerConnection::State::Idle);
        QVERIFY(!app.loginDialog()->findChild<QLabel *>("loginMessageLabel")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(storedToken().isEmpty(), 10000);
        // The email is remembered; only the password is asked again.
        QCOMPARE(app.loginDialog()->findChild<QLineEdit *>("emailEdit")->text(),
                 ServerProcess::ownerEmail());
    }

    void logOutRevokesAndForgetsTheToken()
    {
        DeskApp app;
        app.start();
        QTRY_VERIFY(app.loginDialog()->isVisible());
        logIn(app, ServerProcess::ownerPassword());
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(!storedToken().isEmpty(), 10000);
        const QString token = storedToken();

        auto *logout = app.mainWindow()->findChild<QAction *>("logoutAction");
        QVERIFY(logout);
        logout->trigger();
        QTRY_VERIFY(app.loginDialog()->isVisible());
        QVERIFY(!app.mainWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(storedToken().isEmpty(), 10000);
        // The server no longer accepts it.
        QTRY_VERIFY_WITH_TIMEOUT(!tokenWorks(token), 10000);
    }

    void aPapoLinkFillsInTheLoginDialog()
    {
        // Opened with the page's papo:// link for an account not saved here.
        DeskApp app;
        app.start("papo://login?server=" + QUrl::toPercentEncoding(m_server.httpUrl().toString())
                  + "&email=bia%40papo.test");
        QTRY_VERIFY(app.loginDialog()->isVisible());
        QVERIFY(!app.loginDialog()->isJoining());
        QCOMPARE(app.loginDialog()->findChild<QLineEdit *>("serverUrlEdit")->text(),
                 m_server.httpUrl().toString());
        QCOMPARE(app.loginDialog()->findChild<QLineEdit *>("emailEdit")->text(),
                 QString("bia@papo.test"));
        QVERIFY(!app.openLink("not a link"));
    }

    void aPastedInviteLinkJoinsAndAsksForTheProfile()
    {
        WsClient owner;
        QVERIFY(owner.open(m_server.wsUrl("/ws/operator")));
        QVERIFY(owner.request("hello", {{"token", m_server.login()}}));
        const auto invite
            = owner.request("invite", {{"email", "davi@papo.test"}, {"role", "operator"}});
        const QString link = invite->data.value("link").toString();

        DeskApp app;
        app.start();
        QTRY_VERIFY(app.loginDialog()->isVisible() || app.mainWindow()->isVisible());
        if (app.mainWindow()->isVisible()) // a saved session from the tests above
            app.mainWindow()->findChild<QAction *>("logoutAction")->trigger();
        QTRY_VERIFY(app.loginDialog()->isVisible());
        LoginDialog *dialog = app.loginDialog();
        // Pasted where the server goes, the invite link opens the join page.
        auto *server = dialog->findChild<QLineEdit *>("serverUrlEdit");
        server->selectAll();
        server->insert(link); // what a paste does: textEdited
        QVERIFY(dialog->isJoining());
        JoinForm *join = dialog->joinForm();
        auto *summary = join->findChild<QLabel *>("inviteSummaryLabel");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 10000);
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        QVERIFY2(summary->text().contains("invited you to join the team on Papo as operator"),
                 qPrintable(summary->text()));
        QCOMPARE(join->findChild<QLabel *>("inviteAccountLabel")->text(),
                 QString("Your account: davi@papo.test"));
        QVERIFY(join->findChild<QLabel *>("joinRulesLabel")->text().contains("8 characters"));

        join->findChild<QLineEdit *>("joinNameEdit")->setText("Davi");
        join->findChild<QLineEdit *>("joinPasswordEdit")->setText("curta");
        auto *button = join->findChild<QPushButton *>("joinButton");
        button->click();
        QCOMPARE(join->findChild<QLabel *>("joinStatusLabel")->text(),
                 QString("The password needs at least 8 characters."));
        join->findChild<QLineEdit *>("joinPasswordEdit")->setText("senha-do-davi");
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(app.connection()->profile().email, QString("davi@papo.test"));

        // A new account: asked once for name, title and photo; "Skip" keeps what there is.
        QTRY_VERIFY(app.profileSetupDialog() && app.profileSetupDialog()->isVisible());
        ProfileSetupDialog *profile = app.profileSetupDialog();
        QTRY_COMPARE(profile->findChild<QLineEdit *>("profileSetupNameEdit")->text(),
                     QString("Davi"));
        profile->findChild<QPushButton *>("profileSetupSkipButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!profile->isVisible(), 10000);
        WsClient davi;
        QVERIFY(davi.open(m_server.wsUrl("/ws/operator")));
        const auto hello
            = davi.request("hello", {{"token", m_server.login("davi@papo.test", "senha-do-davi")}});
        QVERIFY(!hello->data.value("operator").toObject().value("profilePending").toBool());

        // The same link again, in the login dialog: already used, and whom to ask.
        app.mainWindow()->findChild<QAction *>("logoutAction")->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(app.openLink(link));
        QVERIFY(dialog->isJoining());
        QTRY_VERIFY_WITH_TIMEOUT(join->findChild<QLabel *>("joinStatusLabel")
                                     ->text()
                                     .startsWith("This invite was already used"),
                                 10000);
        QVERIFY(!summary->isVisible());
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-login.png there: the login window as the page's
    // papo:// link fills it in, in Portuguese when PAPO_QM_DIR holds papo_pt_BR.qm (the last
    // test: the language stays).
    void loginScreenshot()
    {
        const QString directory = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        speakPortugueseWhenAsked();
        LoginDialog dialog;
        dialog.setServerUrl(QUrl("https://chat.lojabonita.com.br"));
        dialog.setEmail("ana@lojabonita.com.br");
        QVERIFY(!dialog.isJoining());
        auto *password = dialog.findChild<QLineEdit *>("passwordEdit");
        password->setText("uma senha longa");
        QVERIFY(dialog.findChild<QPushButton *>("loginButton")->isEnabled());
        dialog.show();
        password->setFocus();
        QTRY_VERIFY(dialog.isVisible());
        QVERIFY(dialog.grab().save(QDir(directory).filePath("desk-login.png")));
    }

private:
    void logIn(DeskApp &app, const QString &password)
    {
        LoginDialog *dialog = app.loginDialog();
        dialog->findChild<QLineEdit *>("serverUrlEdit")->setText(m_server.httpUrl().toString());
        dialog->findChild<QLineEdit *>("emailEdit")->setText(ServerProcess::ownerEmail());
        dialog->findChild<QLineEdit *>("passwordEdit")->setText(password);
        auto *button = dialog->findChild<QPushButton *>("loginButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString storedToken()
    {
        TokenStore store;
        QString token;
        bool done = false;
        store.read(TokenStore::keyFor(m_server.httpUrl(), ServerProcess::ownerEmail()), this,
                   [&](const QString &value, const QString &) {
                       token = value;
                       done = true;
                   });
        QDeadlineTimer deadline(10000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        return token;
    }

    bool tokenWorks(const QString &token)
    {
        ServerConnection connection;
        bool refused = false;
        connect(&connection, &ServerConnection::authenticationFailed, this,
                [&] { refused = true; });
        connection.open(m_server.httpUrl(), token);
        QDeadlineTimer deadline(10000);
        while (!refused && connection.state() != ServerConnection::State::Connected
               && !deadline.hasExpired())
            QTest::qWait(10);
        return connection.state() == ServerConnection::State::Connected;
    }

    ServerProcess m_server;
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
