#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// TEAM-2: an invitation to join the team, known by the digest of its token.
struct InviteRecord
{
    QString email;
    QString role;
    qint64 createdBy = 0;
    QDateTime expiresAt;
    QDateTime usedAt; // null until used
};

// A link to choose a new password, known by the digest of its token.
struct PasswordResetRecord
{
    qint64 operatorId = 0;
    qint64 createdBy = 0; // 0: made on the server's command line
    QDateTime expiresAt;
    QDateTime usedAt; // null until used (or replaced by a newer link)
};

// Invites and password reset links: tokens stored as digests, each usable once.
class OneTimeLinkRepository final
{
public:
    explicit OneTimeLinkRepository(QSqlDatabase db)
        : m_db(db)
    {}

    bool createInvite(const QByteArray &tokenDigest, const QString &email, const QString &role,
                      qint64 createdBy, const QDateTime &now, const QDateTime &expiresAt);
    std::optional<InviteRecord> inviteByToken(const QByteArray &tokenDigest);
    // Marks an unused, unexpired invite used; false when it was not (any more).
    bool claimInvite(const QByteArray &tokenDigest, const QDateTime &now);

    // A new link replaces the account's earlier unused ones.
    bool createPasswordReset(const QByteArray &tokenDigest, qint64 operatorId, qint64 createdBy,
                             const QDateTime &now, const QDateTime &expiresAt);
    std::optional<PasswordResetRecord> passwordResetByToken(const QByteArray &tokenDigest);
    bool claimPasswordReset(const QByteArray &tokenDigest, const QDateTime &now);
    // Once the password changed, no older link may change it again.
    bool closePasswordResets(qint64 operatorId, const QDateTime &now);

private:
    bool claim(const QString &table, const QByteArray &tokenDigest, const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace papo::server
