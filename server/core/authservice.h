#pragma once

#include "loginthrottle.h"
#include "passwordhasher.h"

#include <accountrepository.h>

#include <optional>

namespace papo::server {

struct LoginResult
{
    enum class Outcome { Ok, InvalidCredentials, Throttled, Busy };
    Outcome outcome = Outcome::InvalidCredentials;
    QString token;
    OperatorRecord account;
};

// Password logins, bearer tokens and their revocation.
class AuthService final
{
public:
    AuthService(AccountRepository &accounts, LoginThrottle &throttle, PasswordHasher &hasher);

    // The password is checked on PasswordHasher's threads; `done` runs on the main thread.
    void login(const QString &email, const QString &password, const QString &address,
               std::function<void(const LoginResult &)> done);
    std::optional<OperatorRecord> operatorForToken(const QString &token);
    // A bearer token for an account just created (an accepted invite); empty on failure.
    QString issueToken(const OperatorRecord &account);
    bool logout(const QString &token);

private:
    AccountRepository &m_accounts;
    LoginThrottle &m_throttle;
    PasswordHasher &m_hasher;
};

} // namespace papo::server
