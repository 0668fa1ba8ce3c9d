#include "onetimelinkrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromSqlTime(value);
}

} // namespace

bool OneTimeLinkRepository::createInvite(const QByteArray &tokenDigest, const QString &email,
                                         const QString &role, qint64 createdBy,
                                         const QDateTime &now, const QDateTime &expiresAt)
{
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO invites (token_hash, email, role, created_by, "
                                     "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(tokenDigest);
    query.addBindValue(email);
    query.addBindValue(role);
    query.addBindValue(createdBy);
    query.addBindValue(toSqlTime(now));
    query.addBindValue(toSqlTime(expiresAt));
    return query.exec();
}

std::optional<InviteRecord> OneTimeLinkRepository::inviteByToken(const QByteArray &tokenDigest)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT email, role, created_by, expires_at, used_at FROM invites "
                             "WHERE token_hash = ?"));
    query.addBindValue(tokenDigest);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return InviteRecord{query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toLongLong(), fromSqlTime(query.value(3)),
                        optionalTime(query.value(4))};
}

bool OneTimeLinkRepository::claim(const QString &table, const QByteArray &tokenDigest,
                                  const QDateTime &now)
{
    // One use only: the UPDATE that marks the link used is what claims it.
    CachedQuery query(m_db, QStringLiteral("UPDATE %1 SET used_at = ? WHERE token_hash = ? "
                                           "AND used_at IS NULL AND expires_at > ?")
                                .arg(table));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(tokenDigest);
    query.addBindValue(toSqlTime(now));
    return query.exec() && query.numRowsAffected() == 1;
}

bool OneTimeLinkRepository::claimInvite(const QByteArray &tokenDigest, const QDateTime &now)
{
    return claim(QStringLiteral("invites"), tokenDigest, now);
}

bool OneTimeLinkRepository::createPasswordReset(const QByteArray &tokenDigest, qint64 operatorId,
                                                qint64 createdBy, const QDateTime &now,
                                                const QDateTime &expiresAt)
{
    if (!closePasswordResets(operatorId, now))
        return false;
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO password_resets (token_hash, operator_id, "
                                     "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(tokenDigest);
    query.addBindValue(operatorId);
    query.addBindValue(createdBy > 0 ? QVariant(createdBy) : QVariant());
    query.addBindValue(toSqlTime(now));
    query.addBindValue(toSqlTime(expiresAt));
    return query.exec();
}

std::optional<PasswordResetRecord>
OneTimeLinkRepository::passwordResetByToken(const QByteArray &tokenDigest)
{
    CachedQuery query(m_db, QStringLiteral("SELECT operator_id, created_by, expires_at, used_at "
                                           "FROM password_resets WHERE token_hash = ?"));
    query.addBindValue(tokenDigest);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PasswordResetRecord{query.value(0).toLongLong(), query.value(1).toLongLong(),
                               fromSqlTime(query.value(2)), optionalTime(query.value(3))};
}

bool OneTimeLinkRepository::claimPasswordReset(const QByteArray &tokenDigest, const QDateTime &now)
{
    return claim(QStringLiteral("password_resets"), tokenDigest, now);
}

bool OneTimeLinkRepository::closePasswordResets(qint64 operatorId, const QDateTime &now)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "UPDATE password_resets SET used_at = ? WHERE operator_id = ? AND used_at IS NULL"));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(operatorId);
    return query.exec();
}

} // namespace papo::server
