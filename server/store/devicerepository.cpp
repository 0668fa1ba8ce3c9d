#include "devicerepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

const QString deviceColumns = QStringLiteral(
    "SELECT id, operator_id, device_name, address, created_at, last_used_at FROM auth_tokens ");

DeviceRecord readDevice(const QSqlQuery &query)
{
    DeviceRecord device;
    device.id = query.value(0).toLongLong();
    device.operatorId = query.value(1).toLongLong();
    device.name = query.value(2).toString();
    device.address = query.value(3).toString();
    device.createdAt = fromSqlTime(query.value(4));
    device.lastUsedAt = fromSqlTime(query.value(5));
    if (!device.lastUsedAt.isValid())
        device.lastUsedAt = device.createdAt; // tokens from before devices were kept
    return device;
}

} // namespace

qint64 DeviceRepository::add(qint64 operatorId, const QByteArray &tokenDigest, const QString &name,
                             const QString &address, const QDateTime &now)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO auth_tokens (operator_id, token_hash, device_name, "
                             "address, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    query.addBindValue(operatorId);
    query.addBindValue(tokenDigest);
    query.addBindValue(sqlText(name));
    query.addBindValue(sqlText(address));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(toSqlTime(now));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<DeviceRecord> DeviceRepository::byToken(const QByteArray &tokenDigest,
                                                      bool *readFailed)
{
    CachedQuery query(m_db, deviceColumns
                                + QStringLiteral("WHERE token_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(tokenDigest);
    const bool read = query.exec();
    if (readFailed)
        *readFailed = !read;
    if (read && query.next())
        return readDevice(query);
    return std::nullopt;
}

QList<DeviceRecord> DeviceRepository::signedIn(qint64 operatorId)
{
    QList<DeviceRecord> devices;
    CachedQuery query(m_db, deviceColumns
                                + QStringLiteral("WHERE operator_id = ? AND revoked_at IS NULL "
                                                 "ORDER BY last_used_at DESC, id DESC"));
    query.addBindValue(operatorId);
    if (query.exec()) {
        while (query.next())
            devices.append(readDevice(query));
    }
    return devices;
}

bool DeviceRepository::touch(qint64 deviceId, const QString &address, const QDateTime &now)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE auth_tokens SET last_used_at = ?, address = ? WHERE id = ?"));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(sqlText(address));
    query.addBindValue(deviceId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool DeviceRepository::revokeToken(const QByteArray &tokenDigest, const QDateTime &now)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(tokenDigest);
    return query.exec() && query.numRowsAffected() == 1;
}

QList<qint64> DeviceRepository::revokeWhere(const QString &condition, const QVariantList &values,
                                            const QDateTime &now)
{
    // The ids first: the sockets of exactly these devices are closed afterwards (one thread
    // writes here, so the update signs out the same rows).
    QList<qint64> ids;
    CachedQuery select(m_db,
                       QStringLiteral("SELECT id FROM auth_tokens WHERE revoked_at IS NULL AND ")
                           + condition);
    for (const QVariant &value : values)
        select.addBindValue(value);
    if (!select.exec())
        return ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    CachedQuery update(m_db, QStringLiteral("UPDATE auth_tokens SET revoked_at = ? "
                                            "WHERE revoked_at IS NULL AND ")
                                 + condition);
    update.addBindValue(toSqlTime(now));
    for (const QVariant &value : values)
        update.addBindValue(value);
    if (!update.exec())
        ids.clear();
    return ids;
}

QList<qint64> DeviceRepository::revoke(qint64 operatorId, qint64 deviceId, const QDateTime &now)
{
    return revokeWhere(QStringLiteral("operator_id = ? AND id = ?"), {operatorId, deviceId}, now);
}

QList<qint64> DeviceRepository::revokeAll(qint64 operatorId, qint64 exceptDeviceId,
                                          const QDateTime &now)
{
    return revokeWhere(QStringLiteral("operator_id = ? AND id != ?"), {operatorId, exceptDeviceId},
                       now);
}

} // namespace papo::server
