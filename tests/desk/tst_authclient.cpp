#include "deskfixture.h"

#include "net/authclient.h"
#include "net/serverconnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

// POST /api/login and /api/logout against the real server, as the login dialog uses them.
class TestAuthClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void logsInAndOut()
    {
        AuthClient auth;
        QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(m_server.httpUrl(), ServerProcess::ownerEmail(), ServerProcess::ownerPassword());
        QVERIFY(loggedIn.wait(10000));
        QCOMPARE(failed.count(), 0);
        const QString token = loggedIn.at(0).at(0).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(loggedIn.at(0).at(1).toJsonObject().value("email").toString(),
                 ServerProcess::ownerEmail());

        // The token works on the socket...
        ServerConnection connection;
        connection.open(m_server.httpUrl(), token);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Connected, 10000);
        connection.close();

        // ... until it is revoked.
        QSignalSpy loggedOut(&auth, &AuthClient::loggedOut);
        auth.logout(m_server.httpUrl(), token);
        QVERIFY(loggedOut.wait(10000));
        QSignalSpy refused(&connection, &ServerConnection::authenticationFailed);
        connection.open(m_server.httpUrl(), token);
        QVERIFY(refused.wait(10000));
    }

    void unreachableServerIsANetworkError()
    {
        QTcpServer placeholder; // a free port nobody listens on once closed
        QVERIFY(placeholder.listen(QHostAddress::LocalHost));
        const quint16 port = placeholder.serverPort();
        placeholder.close();
        AuthClient auth;
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "a@b.c", "x");
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).value<AuthClient::LoginError>(),
                 AuthClient::LoginError::NetworkError);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    }

    // Last: it locks the account for a minute.
    void wrongPasswordThenTooManyAttempts()
    {
        AuthClient auth;
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(m_server.httpUrl(), ServerProcess::ownerEmail(), "wrong password");
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<AuthClient::LoginError>(),
                 AuthClient::LoginError::WrongCredentials);

        AuthClient::LoginError last = AuthClient::LoginError::WrongCredentials;
        for (int attempt = 0; attempt < 12 && last != AuthClient::LoginError::TooManyAttempts;
             ++attempt) {
            failed.clear();
            auth.login(m_server.httpUrl(), ServerProcess::ownerEmail(), "wrong password");
            QVERIFY(failed.wait(10000));
            last = failed.at(0).at(0).value<AuthClient::LoginError>();
        }
        QCOMPARE(last, AuthClient::LoginError::TooManyAttempts);
    }

private:
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestAuthClient)
#include "tst_authclient.moc"
