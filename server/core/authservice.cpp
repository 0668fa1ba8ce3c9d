#include "authservice.h"

#include "secrets.h"

namespace papo::server {

AuthService::AuthService(AccountRepository &accounts, LoginThrottle &throttle,
                         PasswordHasher &hasher)
    : m_accounts(accounts)
    , m_throttle(throttle)
    , m_hasher(hasher)
{}

void AuthService::login(const QString &email, const QString &password, const QString &address,
                        std::function<void(const LoginResult &)> done)
{
    using Outcome = LoginResult::Outcome;
    if (m_throttle.isBlocked(address, email)) {
        done({Outcome::Throttled, {}, {}});
        return;
    }
    const auto account = m_accounts.operatorByEmail(email);
    if (!account || !account->active) {
        m_throttle.recordFailure(address, email);
        done({Outcome::InvalidCredentials, {}, {}});
        return;
    }
    const qint64 accountId = account->id;
    m_hasher.verify(
        account->passwordHash, password,
        [this, accountId, email, address, done = std::move(done)](PasswordHasher::Outcome checked) {
            if (checked == PasswordHasher::Outcome::Busy) {
                done({Outcome::Busy, {}, {}});
                return;
            }
            // Read again: the account may have changed while the hash ran.
            const auto now = m_accounts.operatorById(accountId);
            if (checked != PasswordHasher::Outcome::Match || !now || !now->active) {
                m_throttle.recordFailure(address, email);
                done({Outcome::InvalidCredentials, {}, {}});
                return;
            }
            const QString token = issueToken(*now);
            done(token.isEmpty() ? LoginResult{} : LoginResult{Outcome::Ok, token, *now});
        });
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
