#include "unsubscribelinks.h"

#include <emailrepository.h>

#include <QUrlQuery>

#include <sodium.h>

namespace papo::server {

bool UnsubscribeLinks::open(EmailRepository &email)
{
    QByteArray candidate(32, Qt::Uninitialized);
    randombytes_buf(candidate.data(), size_t(candidate.size()));
    m_key
        = QByteArray::fromHex(email.signingKey(QString::fromLatin1(candidate.toHex())).toLatin1());
    return m_key.size() == 32;
}

QString UnsubscribeLinks::signature(qint64 visitorId) const
{
    const QByteArray text = "unsubscribe:" + QByteArray::number(visitorId);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(m_key.constData()),
                                size_t(m_key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(text.constData()),
                                  size_t(text.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(mac), 16)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl UnsubscribeLinks::link(const QUrl &base, qint64 visitorId, const QString &language) const
{
    QUrl url = base;
    url.setPath(url.path().section(QLatin1Char('/'), 0, -2) + QStringLiteral("/unsubscribe"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("v"), QString::number(visitorId));
    query.addQueryItem(QStringLiteral("s"), signature(visitorId));
    query.addQueryItem(QStringLiteral("l"), language);
    url.setQuery(query);
    return url;
}

bool UnsubscribeLinks::check(qint64 visitorId, const QString &signatureText) const
{
    const QByteArray expected = signature(visitorId).toLatin1();
    const QByteArray given = signatureText.toLatin1();
    return !m_key.isEmpty() && given.size() == expected.size()
           && sodium_memcmp(given.constData(), expected.constData(), size_t(given.size())) == 0;
}

} // namespace papo::server
