#include "teamservice.h"

#include "avatarimage.h"
#include "secrets.h"

#include <avatarstore.h>

namespace papo::server {

using common::ErrorCode;

namespace {

constexpr int InviteDays = 7;

TeamResult failure(ErrorCode code, const QString &message)
{
    return {code, message};
}

bool isAssignableRole(const QString &role)
{
    return role == QLatin1String("admin") || role == QLatin1String("operator");
}

} // namespace

TeamService::TeamService(AccountRepository &accounts, AvatarStore &avatars, Clock clock,
                         QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_avatars(avatars)
    , m_clock(std::move(clock))
{}

TeamResult TeamService::requireAdmin(const OperatorRecord &caller) const
{
    if (caller.isAdmin())
        return {};
    return failure(ErrorCode::Forbidden,
                   QStringLiteral("Only owners and admins may manage the team."));
}

TeamResult TeamService::updateProfile(qint64 operatorId, const std::optional<QString> &name,
                                      const std::optional<QString> &title)
{
    if (!m_accounts.updateProfile(operatorId, name, title))
        return failure(ErrorCode::Internal, QStringLiteral("The profile could not be saved."));
    emit teamChanged();
    return {};
}

TeamResult TeamService::setAvatar(qint64 operatorId, const QByteArray &upload, QString *avatarUrl)
{
    const auto png = AvatarImage::fromUpload(upload);
    if (!png)
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("The photo must be a PNG, JPEG, WebP or GIF picture."));
    const QString name = m_avatars.save(*png);
    const auto previous = name.isEmpty() ? std::nullopt : m_accounts.setAvatar(operatorId, name);
    if (!previous) {
        m_avatars.remove(name);
        return failure(ErrorCode::Internal, QStringLiteral("The photo could not be saved."));
    }
    m_avatars.remove(*previous);
    *avatarUrl = AvatarStore::urlPath(name);
    emit teamChanged();
    return {};
}

TeamResult TeamService::invite(const OperatorRecord &caller, const QString &email,
                               const QString &role, IssuedInvite *issued)
{
    if (const TeamResult allowed = requireAdmin(caller); !allowed.ok())
        return allowed;
    if (!isAssignableRole(role))
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("\"role\" must be admin or operator."));
    if (m_accounts.operatorByEmail(email))
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("%1 already has an account.").arg(email));
    issued->token = Secrets::randomToken();
    issued->expiresAt = m_clock().addDays(InviteDays);
    if (!m_accounts.createInvite(Secrets::tokenDigest(issued->token), email, role, caller.id,
                                 issued->expiresAt))
        return failure(ErrorCode::Internal, QStringLiteral("The invite could not be stored."));
    return {};
}

TeamResult TeamService::acceptInvite(const QString &token, const QString &name,
                                     const QString &password, OperatorRecord *created)
{
    const auto invite = m_accounts.takeInvite(Secrets::tokenDigest(token), m_clock());
    if (!invite)
        return failure(ErrorCode::NotFound,
                       QStringLiteral("The invite is unknown, used or expired."));
    const qint64 id = m_accounts.createOperator(invite->email, name,
                                                Secrets::hashPassword(password), invite->role);
    if (id == 0)
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("%1 already has an account.").arg(invite->email));
    *created = *m_accounts.operatorById(id);
    emit teamChanged();
    return {};
}

TeamResult TeamService::setRole(const OperatorRecord &caller, qint64 operatorId,
                                const QString &role)
{
    if (const TeamResult allowed = requireAdmin(caller); !allowed.ok())
        return allowed;
    if (!isAssignableRole(role))
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("\"role\" must be admin or operator."));
    if (!m_accounts.operatorById(operatorId))
        return failure(ErrorCode::NotFound,
                       QStringLiteral("There is no operator %1.").arg(operatorId));
    if (!m_accounts.setRole(operatorId, role))
        return failure(ErrorCode::Forbidden, QStringLiteral("The owner's role does not change."));
    emit teamChanged();
    return {};
}

TeamResult TeamService::setActive(const OperatorRecord &caller, qint64 operatorId, bool active)
{
    if (const TeamResult allowed = requireAdmin(caller); !allowed.ok())
        return allowed;
    if (operatorId == caller.id)
        return failure(ErrorCode::Forbidden, QStringLiteral("You cannot deactivate yourself."));
    if (!m_accounts.operatorById(operatorId))
        return failure(ErrorCode::NotFound,
                       QStringLiteral("There is no operator %1.").arg(operatorId));
    if (!m_accounts.setActive(operatorId, active))
        return failure(ErrorCode::Forbidden, QStringLiteral("The owner cannot be deactivated."));
    if (!active)
        emit operatorDeactivated(operatorId);
    emit teamChanged();
    return {};
}

} // namespace papo::server
