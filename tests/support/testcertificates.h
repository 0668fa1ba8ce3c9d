#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

namespace papo::testing {

// A throw-away certificate authority made with the openssl command line for one test run,
// and server certificates it signs for 127.0.0.1 and localhost.
class TestCertificates final
{
public:
    // Makes the CA; false (with openssl's words in error()) when openssl failed.
    bool createAuthority();
    // A server certificate signed by the CA: `name`.pem and `name`.key in the directory.
    // `ec`: an EC P-256 key instead of RSA.
    bool createServer(const QString &name, bool ec = false);
    // A self-signed one, from no authority at all.
    bool createSelfSigned(const QString &name);

    QString certificatePath(const QString &name) const;
    QString keyPath(const QString &name) const;
    QSslCertificate certificate(const QString &name) const;
    QSslCertificate authority() const { return certificate(QStringLiteral("ca")); }
    // Lets this process's Qt (QNetworkAccessManager, QWebSocket) trust the CA.
    void trustAuthority() const;
    QString error() const { return m_error; }

private:
    bool openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace papo::testing
