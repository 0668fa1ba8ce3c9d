#include "attachmentlinks.h"

#include <chatmessage.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sodium.h>

namespace papo::server {

namespace {

constexpr qint64 Day = 24 * 3600;
constexpr int KeyBytes = 32;
constexpr int SignatureBytes = 16;

const AttachmentLinks *installed = nullptr;

} // namespace

bool AttachmentLinks::open(const QString &dataDir, QString *error)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("attachment-links.key")));
    if (file.open(QIODevice::ReadOnly)) {
        m_key = file.readAll();
        if (m_key.size() == KeyBytes)
            return true;
        *error = QStringLiteral("%1 is damaged; delete it to make a new key (links already "
                                "sent stop working)")
                     .arg(file.fileName());
        return false;
    }
    m_key.resize(KeyBytes);
    randombytes_buf(m_key.data(), size_t(m_key.size()));
    if (!file.open(QIODevice::WriteOnly) || file.write(m_key) != KeyBytes) {
        *error = QStringLiteral("Cannot write %1").arg(file.fileName());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QByteArray AttachmentLinks::signature(const QString &id, qint64 expiry) const
{
    const QByteArray message = id.toUtf8() + ':' + QByteArray::number(expiry);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(m_key.constData()),
                                size_t(m_key.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(message.constData()),
                                  quint64(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QByteArray(reinterpret_cast<const char *>(mac), SignatureBytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString AttachmentLinks::link(const QString &id, qint64 nowSeconds) const
{
    const qint64 expiry = (nowSeconds / Day + 1) * Day + LifetimeSeconds;
    return QStringLiteral("/attachments/%1?exp=%2&sig=%3")
        .arg(id)
        .arg(expiry)
        .arg(QString::fromLatin1(signature(id, expiry)));
}

AttachmentLinks::Check AttachmentLinks::check(const QString &id, const QString &expiry,
                                              const QString &signatureText, qint64 nowSeconds) const
{
    bool ok = false;
    const qint64 until = expiry.toLongLong(&ok);
    if (!ok || m_key.isEmpty())
        return Check::Invalid;
    const QByteArray expected = signature(id, until);
    const QByteArray given = signatureText.toLatin1();
    if (given.size() != expected.size()
        || sodium_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0)
        return Check::Invalid;
    return until < nowSeconds ? Check::Expired : Check::Valid;
}

void AttachmentLinks::install(const AttachmentLinks *links)
{
    installed = links;
    common::AttachmentInfo::setLinkSigner(links ? &AttachmentLinks::signNow : nullptr);
}

QString AttachmentLinks::signNow(const QString &id)
{
    if (!installed)
        return common::AttachmentInfo{id, {}, {}, 0, {}}.url();
    return installed->link(id, QDateTime::currentSecsSinceEpoch());
}

} // namespace papo::server
