#pragma once

#include <QByteArray>
#include <QString>

namespace papo::server {

// CHT-9 download links expire. A link is /attachments/ID?exp=T&sig=S: T is a Unix time, S a
// keyed hash (HMAC-SHA-256, truncated to 128 bits) of the id and T under a key kept in the
// data directory, so links survive restarts and cannot be made or prolonged without the key.
// Links are issued valid until the end of the day after next week: the same link all day
// (browsers and papo-desk cache by URL), 7 to 8 days of life, renewed whenever the server
// sends the message again (history, hello, events).
class AttachmentLinks final
{
public:
    static constexpr qint64 LifetimeSeconds = 7 * 24 * 3600;

    enum class Check { Valid, Expired, Invalid };

    // Reads the key from DATA-DIR/attachment-links.key, creating it on the first start.
    bool open(const QString &dataDir, QString *error);
    // For tests: a key given directly.
    void setKey(const QByteArray &key) { m_key = key; }

    QString link(const QString &id, qint64 nowSeconds) const;
    Check check(const QString &id, const QString &expiry, const QString &signature,
                qint64 nowSeconds) const;

    // What AttachmentInfo::setLinkSigner is given: the server's one instance, signing now.
    static void install(const AttachmentLinks *links);
    static QString signNow(const QString &id);

private:
    QByteArray signature(const QString &id, qint64 expiry) const;

    QByteArray m_key;
};

} // namespace papo::server
