#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>

namespace papo::testing {

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        m_error
            = QStringLiteral("openssl %1: %2")
                  .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::createAuthority()
{
    return openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                    "ca.pem", "-days", "2", "-subj", "/CN=Papo Test CA"});
}

bool TestCertificates::createServer(const QString &name, bool ec)
{
    QFile extensions(m_dir.filePath(name + ".ext"));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n") < 0)
        return false;
    extensions.close();
    const QStringList key
        = ec ? QStringList{"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"}
             : QStringList{"-newkey", "rsa:2048"};
    return openssl(QStringList{"req", "-nodes"} + key
                   + QStringList{"-keyout", name + ".key", "-out", name + ".csr", "-subj",
                                 "/CN=127.0.0.1/O=" + name})
           && openssl({"x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                       "-CAcreateserial", "-out", name + ".pem", "-days", "2", "-extfile",
                       name + ".ext"});
}

bool TestCertificates::createSelfSigned(const QString &name)
{
    return openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key",
                    "-out", name + ".pem", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                    "subjectAltName=IP:127.0.0.1"});
}

QString TestCertificates::certificatePath(const QString &name) const
{
    return m_dir.filePath(name + ".pem");
}

QString TestCertificates::keyPath(const QString &name) const
{
    return m_dir.filePath(name + ".key");
}

QSslCertificate TestCertificates::certificate(const QString &name) const
{
    const auto certificates = QSslCertificate::fromPath(certificatePath(name));
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

void TestCertificates::trustAuthority() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(authority());
    QSslConfiguration::setDefaultConfiguration(configuration);
}

} // namespace papo::testing
