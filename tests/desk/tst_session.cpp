#include "deskfixture.h"

#include "app/deskapp.h"
#include "app/tokenstore.h"
#include "net/serverconnection.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"

#include <QAction>
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
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with gnome-keyring (see tests/desk/CMakeLists.txt)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("Papo test");
        QCoreApplication::setApplicationName("desk_session");
        QSettings().clear();
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
