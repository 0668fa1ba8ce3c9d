#include "tlscredentials.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace papo::server {

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// Caught at start or reload, not at the first handshake that would fail for every client.
bool keyMatches(const QSslCertificate &certificate, const QSslKey &key)
{
    const QByteArray certificateDer = certificate.toDer();
    const QByteArray keyDer = key.toDer();
    const auto *certificateBytes
        = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(keyDer.constData());
    X509 *x509 = d2i_X509(nullptr, &certificateBytes, certificateDer.size());
    EVP_PKEY *pkey = d2i_AutoPrivateKey(nullptr, &keyBytes, keyDer.size());
    const bool matches = x509 && pkey && X509_check_private_key(x509, pkey) == 1;
    EVP_PKEY_free(pkey);
    X509_free(x509);
    return matches;
}

} // namespace

std::optional<QSslConfiguration> TlsCredentials::load(const QString &certificatePath,
                                                      const QString &keyPath, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available (OpenSSL could not be loaded)");
        return std::nullopt;
    }
    const QByteArray certificates = readFile(certificatePath, error);
    if (certificates.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1 is empty").arg(certificatePath);
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificates, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);
        return std::nullopt;
    }
    const QByteArray keyBytes = readFile(keyPath, error);
    if (keyBytes.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1 is empty").arg(keyPath);
        return std::nullopt;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyBytes, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key").arg(keyPath);
        return std::nullopt;
    }
    if (!keyMatches(chain.first(), key)) {
        *error = QStringLiteral("the key in %1 is not the key of the certificate in %2")
                     .arg(keyPath, certificatePath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
    return configuration;
}

} // namespace papo::server
