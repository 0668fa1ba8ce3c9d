#include "deskfixture.h"

#include "app/deskapp.h"
#include "net/authclient.h"
#include "views/connectionbanner.h"

#include <testcertificates.h>

#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;

// papo-desk against a server with --tls-cert: it connects when the certificate verifies, and
// otherwise refuses with a clear message and no way to click through.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_certificates.createAuthority(), qPrintable(m_certificates.error()));
        QVERIFY2(m_certificates.createServer("server"), qPrintable(m_certificates.error()));
        m_server.setExtraArguments({"--tls-cert", m_certificates.certificatePath("server"),
                                    "--tls-key", m_certificates.keyPath("server")});
        QVERIFY(m_server.start());
    }

    // Before the CA is trusted, as on an operator's machine that does not know it.
    void loginSaysTheCertificateIsNotTrusted()
    {
        AuthClient auth;
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(m_server.httpUrl(), ServerProcess::ownerEmail(), ServerProcess::ownerPassword());
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).value<AuthClient::LoginError>(),
                 AuthClient::LoginError::UntrustedCertificate);
        const QString text = DeskApp::loginErrorText(AuthClient::LoginError::UntrustedCertificate,
                                                     failed.at(0).at(1).toString());
        QVERIFY2(text.contains("certificate is not trusted"), qPrintable(text));
        QVERIFY2(text.contains(failed.at(0).at(1).toString()), "with Qt's reason");
    }

    void windowSaysTheCertificateIsNotTrusted()
    {
        DeskSession desk;
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QSignalSpy rejected(&desk.connection, &ServerConnection::certificateRejected);
        desk.open(m_server, "any-token");
        QVERIFY(rejected.wait(20000));
        auto *banner = child<ConnectionBanner>(desk.window, "connectionBanner");
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->text().contains("certificate is not trusted"), 10000);
        QVERIFY(!desk.connection.isConnected());
    }

    void trustedCertificateConnects()
    {
        m_certificates.trustAuthority();
        AuthClient auth;
        QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
        auth.login(m_server.httpUrl(), ServerProcess::ownerEmail(), ServerProcess::ownerPassword());
        QVERIFY(loggedIn.wait(20000));
        DeskConnection desk;
        QVERIFY(desk.connect(m_server, loggedIn.at(0).at(0).toString()));
        QCOMPARE(ServerConnection::socketUrl(m_server.httpUrl()).scheme(), QString("wss"));
    }

    // A certificate from no trusted authority stays refused, whatever else is trusted.
    void selfSignedIsRefused()
    {
        QVERIFY2(m_certificates.createSelfSigned("self"), qPrintable(m_certificates.error()));
        ServerProcess selfSigned;
        selfSigned.setExtraArguments({"--tls-cert", m_certificates.certificatePath("self"),
                                      "--tls-key", m_certificates.keyPath("self")});
        QVERIFY(selfSigned.start());
        AuthClient auth;
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(selfSigned.httpUrl(), ServerProcess::ownerEmail(),
                   ServerProcess::ownerPassword());
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).value<AuthClient::LoginError>(),
                 AuthClient::LoginError::UntrustedCertificate);
    }

private:
    TestCertificates m_certificates;
    ServerProcess m_server;
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
