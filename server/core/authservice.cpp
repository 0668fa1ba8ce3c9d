#include "authservice.h"

#include "secrets.h"

namespace papo::server {

AuthService::AuthService(AccountRepository &accounts, LoginThrottle &throttle)
    : m_accounts(accounts)
    , m_throttle(throttle)
{}

LoginResult AuthService::login(const QString &email, const QString &password,
                               const QString &address)
{
    LoginResult result;
    if (m_throttle.isBlocked(address, email)) {
        result.outcome = LoginResult::Outcome::Throttled;
        return result;
    }
    const auto account = m_accounts.operatorByEmail(email);
    if (!account || !account->active || !Secrets::verifyPassword(account->passwordHash, password)) {
        m_throttle.recordFailure(address, email);
        return result;
    }
    const QString token = issueToken(*account);
    if (token.isEmpty())
        return result;
    result.outcome = LoginResult::Outcome::Ok;
    result.token = token;
    result.account = *account;
    return result;
}

QString AuthService::issueToken(const OperatorRecord &account)
{
    const QString token = Secrets::randomToken();
    return m_accounts.storeToken(account.id, Secrets::tokenDigest(token)) ? token : QString();
}

std::optional<OperatorRecord> AuthService::operatorForToken(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    return m_accounts.operatorForToken(Secrets::tokenDigest(token));
}

bool AuthService::logout(const QString &token)
{
    return !token.isEmpty() && m_accounts.revokeToken(Secrets::tokenDigest(token));
}

} // namespace papo::server
