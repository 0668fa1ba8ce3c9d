#include "teamservice.h"

#include "avatarimage.h"
#include "passwordrules.h"
#include "secrets.h"

#include <avatarstore.h>
#include <sqltransaction.h>

namespace papo::server {

using common::ErrorCode;

namespace {

constexpr int MaxTeamNameChars = 100;

bool isAssignableRole(const QString &role)
{
    return role == QLatin1String("admin") || role == QLatin1String("operator");
}

} // namespace

TeamService::TeamService(AccountRepository &accounts, OneTimeLinkRepository &links,
                         AvatarStore &avatars, Clock clock, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_links(links)
    , m_avatars(avatars)
    , m_clock(std::move(clock))
{}

ServiceResult TeamService::requireAdmin(const OperatorRecord &caller) const
{
    if (caller.isAdmin())
        return {};
    return failure(ErrorCode::Forbidden,
                   QStringLiteral("Only owners and admins may manage the team."));
}

ServiceResult TeamService::updateProfile(qint64 operatorId, const std::optional<QString> &name,
                                         const std::optional<QString> &title)
{
    if (!m_accounts.updateProfile(operatorId, name, title)
        || !m_accounts.setProfilePending(operatorId, false))
        return failure(ErrorCode::Internal, QStringLiteral("The profile could not be saved."));
    emit teamChanged();
    return {};
}

ServiceResult TeamService::setAvatar(qint64 operatorId, const QByteArray &upload,
                                     QString *avatarUrl)
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

ServiceResult TeamService::setBotAvatar(const OperatorRecord &caller, qint64 websiteId,
                                        const QByteArray &upload, QString *avatarUrl)
{
    if (const ServiceResult allowed = requireAdmin(caller); !allowed.ok())
        return allowed;
    const auto png = AvatarImage::fromUpload(upload);
    if (!png)
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("The picture must be a PNG, JPEG, WebP or GIF image."));
    const QString name = m_avatars.save(*png);
    const auto previous = name.isEmpty() ? std::nullopt : m_accounts.setBotAvatar(websiteId, name);
    if (!previous) {
        m_avatars.remove(name);
        return failure(ErrorCode::NotFound,
                       QStringLiteral("There is no website %1.").arg(websiteId));
    }
    m_avatars.remove(*previous);
    *avatarUrl = AvatarStore::urlPath(name);
    return {};
}

ServiceResult TeamService::invite(const OperatorRecord &caller, const QString &email,
                                  const QString &role, IssuedLink *issued)
{
    if (const ServiceResult allowed = requireAdmin(caller); !allowed.ok())
        return allowed;
    if (!isAssignableRole(role))
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("\"role\" must be admin or operator."));
    if (m_accounts.operatorByEmail(email))
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("%1 already has an account.").arg(email));
    const QDateTime now = m_clock();
    issued->token = Secrets::randomToken();
    issued->expiresAt = now.addDays(OneTimeLink::InviteDays);
    if (!m_links.createInvite(Secrets::tokenDigest(issued->token), email, role, caller.id, now,
                              issued->expiresAt))
        return failure(ErrorCode::Internal, QStringLiteral("The invite could not be stored."));
    return {};
}

InviteLinkInfo TeamService::inviteInfo(const QString &token)
{
    InviteLinkInfo info;
    const auto invite
        = token.isEmpty() ? std::nullopt : m_links.inviteByToken(Secrets::tokenDigest(token));
    if (!invite)
        return info;
    info.email = invite->email;
    info.role = invite->role;
    if (const auto inviter = m_accounts.operatorById(invite->createdBy))
        info.inviterName = inviter->name;
    info.teamName = m_accounts.teamName();
    info.expiresAt = invite->expiresAt;
    info.state = invite->usedAt.isValid()         ? OneTimeLink::State::Used
                 : invite->expiresAt <= m_clock() ? OneTimeLink::State::Expired
                                                  : OneTimeLink::State::Valid;
    return info;
}

ServiceResult TeamService::acceptInvite(const QString &token, const QString &name,
                                        const QString &password, OperatorRecord *created)
{
    const InviteLinkInfo info = inviteInfo(token);
    if (info.state != OneTimeLink::State::Valid)
        return failure(ErrorCode::NotFound,
                       QStringLiteral("The invite is unknown, used or expired."));
    const QString trimmedName = name.simplified();
    if (trimmedName.isEmpty() || trimmedName.size() > 100)
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("The name needs 1 to 100 characters."));
    if (const QString problem = PasswordRules::problem(password); !problem.isEmpty())
        return failure(ErrorCode::InvalidField, problem);
    // Checked before the invite is used up, so a taken address leaves it for another try.
    if (m_accounts.operatorByEmail(info.email))
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("%1 already has an account.").arg(info.email));
    const QString hash = Secrets::hashPassword(password); // slow: outside the transaction
    SqlTransaction transaction(m_accounts.database());
    if (!m_links.claimInvite(Secrets::tokenDigest(token), m_clock()))
        return failure(ErrorCode::NotFound,
                       QStringLiteral("The invite is unknown, used or expired."));
    const qint64 id = hash.isEmpty() ? 0
                                     : m_accounts.createOperator(info.email, trimmedName, hash,
                                                                 info.role, true);
    if (id == 0 || !transaction.commit())
        return failure(ErrorCode::Internal, QStringLiteral("The account could not be created."));
    *created = *m_accounts.operatorById(id);
    emit teamChanged();
    return {};
}

ServiceResult TeamService::setTeamName(const OperatorRecord &caller, const QString &name)
{
    if (const ServiceResult allowed = requireAdmin(caller); !allowed.ok())
        return allowed;
    const QString trimmed = name.simplified();
    if (trimmed.size() > MaxTeamNameChars)
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("The team's name may have at most %1 characters.")
                           .arg(MaxTeamNameChars));
    if (!m_accounts.setTeamName(trimmed))
        return failure(ErrorCode::Internal, QStringLiteral("The name could not be saved."));
    emit teamChanged();
    return {};
}

ServiceResult TeamService::setRole(const OperatorRecord &caller, qint64 operatorId,
                                   const QString &role)
{
    if (const ServiceResult allowed = requireAdmin(caller); !allowed.ok())
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

ServiceResult TeamService::setActive(const OperatorRecord &caller, qint64 operatorId, bool active)
{
    if (const ServiceResult allowed = requireAdmin(caller); !allowed.ok())
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
