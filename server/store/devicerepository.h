#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// One signed-in papo-desk: a bearer token's row, known by the digest of the token.
struct DeviceRecord
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString name;    // what papo-desk said at login, e.g. "ana-laptop (Debian GNU/Linux 12)"
    QString address; // where it was last used from
    QDateTime createdAt;
    QDateTime lastUsedAt;
};

// The operators' bearer tokens, seen as devices: the only SQL about auth_tokens.
class DeviceRepository final
{
public:
    explicit DeviceRepository(QSqlDatabase db)
        : m_db(db)
    {}

    // Returns the new device's id, 0 on failure.
    qint64 add(qint64 operatorId, const QByteArray &tokenDigest, const QString &name,
               const QString &address, const QDateTime &now);
    // A token not revoked; nullopt otherwise.
    // `readFailed` (when given) tells a database that could not be read from an unknown token.
    std::optional<DeviceRecord> byToken(const QByteArray &tokenDigest, bool *readFailed = nullptr);
    // The operator's devices still signed in, the one used last first.
    QList<DeviceRecord> signedIn(qint64 operatorId);
    bool touch(qint64 deviceId, const QString &address, const QDateTime &now);
    bool revokeToken(const QByteArray &tokenDigest, const QDateTime &now);
    // Each returns the ids of the devices it signed out.
    QList<qint64> revoke(qint64 operatorId, qint64 deviceId, const QDateTime &now);
    QList<qint64> revokeAll(qint64 operatorId, qint64 exceptDeviceId, const QDateTime &now);

private:
    QList<qint64> revokeWhere(const QString &condition, const QVariantList &values,
                              const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace papo::server
