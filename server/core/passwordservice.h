#pragma once

#include "clock.h"
#include "onetimelink.h"
#include "serviceresult.h"

#include <accountrepository.h>
#include <onetimelinkrepository.h>

namespace papo::server {

class AuthService;

// What the reset page shows about its link before a password is chosen.
struct ResetLinkInfo
{
    OneTimeLink::State state = OneTimeLink::State::Unknown;
    QString email;
    QString name;
    QString issuerName; // who made the link; empty when it came from the command line
    QDateTime expiresAt;
};

// Changing one's password, and the one-time links that let someone choose a new one: made
// by an admin for a teammate, or on the server's command line for anyone (the owner's way
// back). The password rules are PasswordRules'.
class PasswordService final
{
public:
    PasswordService(AccountRepository &accounts, OneTimeLinkRepository &links, AuthService &auth,
                    Clock clock = systemClock());

    // The current password is required and checked like a login (LoginThrottle).
    // `logOutOtherDevices` signs out every device of the caller's but `deviceId`.
    ServiceResult change(const OperatorRecord &caller, qint64 deviceId, const QString &current,
                         const QString &replacement, bool logOutOtherDevices,
                         const QString &address);
    // An admin's reset of a teammate: their devices are signed out at once and their
    // password stops working until they choose a new one with the link.
    ServiceResult issueReset(const OperatorRecord &caller, qint64 operatorId, IssuedLink *issued);
    // The command line's: only the link; the account keeps its password and devices until the
    // link is used.
    ServiceResult issueResetFor(const QString &email, IssuedLink *issued);
    ResetLinkInfo resetInfo(const QString &token);
    // Sets the new password and signs out every device of the account.
    ServiceResult completeReset(const QString &token, const QString &password,
                                OperatorRecord *account);

private:
    ServiceResult storeResetLink(qint64 operatorId, qint64 createdBy, IssuedLink *issued);

    AccountRepository &m_accounts;
    OneTimeLinkRepository &m_links;
    AuthService &m_auth;
    Clock m_clock;
};

} // namespace papo::server
