#include "secrets.h"

#include <sodium.h>

namespace papo::server::Secrets {

bool initialize()
{
    return sodium_init() >= 0;
}

QString randomToken(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    randombytes_buf(buffer.data(), size_t(buffer.size()));
    return QString::fromLatin1(
        buffer.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenDigest(const QString &token)
{
    const QByteArray input = token.toUtf8();
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       quint64(input.size()), nullptr, 0);
    return digest;
}

QString hashPassword(const QString &password)
{
    const QByteArray input = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, input.constData(), quint64(input.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray input = password.toUtf8();
    return !stored.isEmpty()
           && crypto_pwhash_str_verify(stored.constData(), input.constData(), quint64(input.size()))
                  == 0;
}

} // namespace papo::server::Secrets
