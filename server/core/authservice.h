#pragma once

#include "clock.h"
#include "loginthrottle.h"
#include "passwordhasher.h"

#include <accountrepository.h>
#include <devicerepository.h>

#include <QObject>

#include <functional>
#include <optional>

namespace papo::server {

struct LoginResult
{
    enum class Outcome { Ok, InvalidCredentials, Throttled, Busy };
    Outcome outcome = Outcome::InvalidCredentials;
    QString token;
    OperatorRecord account;
};

// A bearer token that is still good: whose it is and which device holds it.
struct Authenticated
{
    OperatorRecord account;
    qint64 deviceId = 0;
};

// Password logins, bearer tokens and the devices holding them, and their revocation. Every
// sign-out is announced, so the sockets of those devices close at once.
class AuthService final : public QObject
{
    Q_OBJECT

public:
    enum class PasswordCheck { Ok, Wrong, Throttled };

    AuthService(AccountRepository &accounts, DeviceRepository &devices, LoginThrottle &throttle,
                Clock clock = systemClock(), QObject *parent = nullptr);

    // Password checks for login() run on `hasher`'s threads, a few at a time (docs/security.md);
    // without one they run on the caller's thread.
    void setPasswordHasher(PasswordHasher *hasher) { m_hasher = hasher; }
    // `deviceName` is what papo-desk calls its machine; `address` where the login came from.
    // `done` runs on this object's thread, later when a hasher is set.
    void login(const QString &email, const QString &password, const QString &address,
               const QString &deviceName, std::function<void(const LoginResult &)> done);
    std::optional<OperatorRecord> operatorForToken(const QString &token,
                                                   bool *databaseAway = nullptr);
    // Empty for an unknown, revoked or deactivated token, and while the database cannot be
    // read: `databaseAway` (when given) tells that apart, so a blip logs nobody out.
    std::optional<Authenticated> authenticate(const QString &token, bool *databaseAway = nullptr);
    // A token for an account that just proved who it is (an accepted invite); empty on failure.
    QString issueToken(const OperatorRecord &account, const QString &deviceName,
                       const QString &address);
    bool logout(const QString &token);

    // A password typed by someone already signed in (changing it): wrong ones count as failed
    // logins, for the address and the account alike.
    PasswordCheck checkPassword(const OperatorRecord &account, const QString &password,
                                const QString &address);

    QList<DeviceRecord> devices(qint64 operatorId);
    void noteDeviceUsed(qint64 deviceId, const QString &address);
    // False when the operator has no such device signed in.
    bool logOutDevice(qint64 operatorId, qint64 deviceId);
    // Every device of the operator but `exceptDeviceId` (0: all of them).
    void logOutEverywhere(qint64 operatorId, qint64 exceptDeviceId = 0);

signals:
    void signedOut(qint64 operatorId, const QList<qint64> &deviceIds);

private:
    AccountRepository &m_accounts;
    DeviceRepository &m_devices;
    LoginThrottle &m_throttle;
    Clock m_clock;
    PasswordHasher *m_hasher = nullptr;
};

} // namespace papo::server
