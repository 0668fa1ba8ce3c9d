#include "passwordservice.h"

#include "authservice.h"
#include "passwordrules.h"
#include "secrets.h"

#include <sqltransaction.h>

namespace papo::server {

using common::ErrorCode;

PasswordService::PasswordService(AccountRepository &accounts, OneTimeLinkRepository &links,
                                 AuthService &auth, Clock clock)
    : m_accounts(accounts)
    , m_links(links)
    , m_auth(auth)
    , m_clock(std::move(clock))
{}

ServiceResult PasswordService::change(const OperatorRecord &caller, qint64 deviceId,
                                      const QString &current, const QString &replacement,
                                      bool logOutOtherDevices, const QString &address)
{
    if (const QString problem = PasswordRules::problem(replacement); !problem.isEmpty())
        return failure(ErrorCode::InvalidField, problem);
    switch (m_auth.checkPassword(caller, current, address)) {
    case AuthService::PasswordCheck::Throttled:
        return failure(ErrorCode::TooManyAttempts,
                       QStringLiteral("Too many wrong passwords: wait a minute."));
    case AuthService::PasswordCheck::Wrong:
        return failure(ErrorCode::WrongPassword, QStringLiteral("The current password is wrong."));
    case AuthService::PasswordCheck::Ok:
        break;
    }
    const QString hash = Secrets::hashPassword(replacement);
    if (hash.isEmpty() || !m_accounts.setPasswordHash(caller.id, hash))
        return failure(ErrorCode::Internal, QStringLiteral("The password could not be saved."));
    m_links.closePasswordResets(caller.id, m_clock());
    if (logOutOtherDevices)
        m_auth.logOutEverywhere(caller.id, deviceId);
    return {};
}

ServiceResult PasswordService::storeResetLink(qint64 operatorId, qint64 createdBy,
                                              IssuedLink *issued)
{
    const QDateTime now = m_clock();
    issued->token = Secrets::randomToken();
    issued->expiresAt = now.addSecs(OneTimeLink::ResetSeconds);
    if (!m_links.createPasswordReset(Secrets::tokenDigest(issued->token), operatorId, createdBy,
                                     now, issued->expiresAt))
        return failure(ErrorCode::Internal, QStringLiteral("The link could not be stored."));
    return {};
}

ServiceResult PasswordService::issueReset(const OperatorRecord &caller, qint64 operatorId,
                                          IssuedLink *issued)
{
    if (!caller.isAdmin())
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("Only owners and admins may reset passwords."));
    const auto target = m_accounts.operatorById(operatorId);
    if (!target)
        return failure(ErrorCode::NotFound,
                       QStringLiteral("There is no operator %1.").arg(operatorId));
    if (target->id == caller.id)
        return failure(ErrorCode::InvalidField,
                       QStringLiteral("Change your own password instead of resetting it."));
    if (target->role == QLatin1String("owner"))
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("Nobody resets the owner's password; the owner can, on the "
                                      "server's machine: papo-server reset-password EMAIL."));
    if (!target->active)
        return failure(
            ErrorCode::Forbidden,
            QStringLiteral("%1's account is deactivated: reactivate it first.").arg(target->name));
    if (const ServiceResult stored = storeResetLink(target->id, caller.id, issued); !stored.ok())
        return stored;
    m_accounts.setPasswordHash(target->id, QString());
    m_auth.logOutEverywhere(target->id);
    return {};
}

ServiceResult PasswordService::issueResetFor(const QString &email, IssuedLink *issued)
{
    const auto account = m_accounts.operatorByEmail(email);
    if (!account)
        return failure(ErrorCode::NotFound, QStringLiteral("There is no account %1.").arg(email));
    if (!account->active)
        return failure(
            ErrorCode::Forbidden,
            QStringLiteral("The account %1 is deactivated: reactivate it first.").arg(email));
    return storeResetLink(account->id, 0, issued);
}

ResetLinkInfo PasswordService::resetInfo(const QString &token)
{
    ResetLinkInfo info;
    const auto link = token.isEmpty() ? std::nullopt
                                      : m_links.passwordResetByToken(Secrets::tokenDigest(token));
    const auto account = link ? m_accounts.operatorById(link->operatorId) : std::nullopt;
    if (!link || !account || !account->active)
        return info;
    info.email = account->email;
    info.name = account->name;
    if (const auto issuer = m_accounts.operatorById(link->createdBy))
        info.issuerName = issuer->name;
    info.expiresAt = link->expiresAt;
    info.state = link->usedAt.isValid()         ? OneTimeLink::State::Used
                 : link->expiresAt <= m_clock() ? OneTimeLink::State::Expired
                                                : OneTimeLink::State::Valid;
    return info;
}

ServiceResult PasswordService::completeReset(const QString &token, const QString &password,
                                             OperatorRecord *account)
{
    if (const QString problem = PasswordRules::problem(password); !problem.isEmpty())
        return failure(ErrorCode::InvalidField, problem);
    const QByteArray digest = Secrets::tokenDigest(token);
    const auto link = m_links.passwordResetByToken(digest);
    const auto target = link ? m_accounts.operatorById(link->operatorId) : std::nullopt;
    if (!link || !target || !target->active)
        return failure(ErrorCode::NotFound,
                       QStringLiteral("The link is unknown, used or expired."));
    // Hashing takes a while: done before the transaction, which then only writes.
    const QString hash = Secrets::hashPassword(password);
    const QDateTime now = m_clock();
    SqlTransaction transaction(m_accounts.database());
    if (!m_links.claimPasswordReset(digest, now))
        return failure(ErrorCode::NotFound,
                       QStringLiteral("The link is unknown, used or expired."));
    if (hash.isEmpty() || !m_accounts.setPasswordHash(target->id, hash)
        || !m_links.closePasswordResets(target->id, now) || !transaction.commit())
        return failure(ErrorCode::Internal, QStringLiteral("The password could not be saved."));
    m_auth.logOutEverywhere(target->id);
    *account = *target;
    return {};
}

} // namespace papo::server
