#include "authservice.h"

#include "secrets.h"

namespace papo::server {

namespace {
constexpr int MaxDeviceNameChars = 100;
} // namespace

AuthService::AuthService(AccountRepository &accounts, DeviceRepository &devices,
                         LoginThrottle &throttle, Clock clock, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_devices(devices)
    , m_throttle(throttle)
    , m_clock(std::move(clock))
{}

void AuthService::login(const QString &email, const QString &password, const QString &address,
                        const QString &deviceName, std::function<void(const LoginResult &)> done)
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
    auto checked = [this, accountId, email, address, deviceName,
                    done = std::move(done)](PasswordHasher::Outcome outcome) {
        if (outcome == PasswordHasher::Outcome::Busy) {
            done({Outcome::Busy, {}, {}});
            return;
        }
        // Read again: the account may have changed while the hash ran.
        const auto now = m_accounts.operatorById(accountId);
        if (outcome != PasswordHasher::Outcome::Match || !now || !now->active) {
            m_throttle.recordFailure(address, email);
            done({Outcome::InvalidCredentials, {}, {}});
            return;
        }
        const QString token = issueToken(*now, deviceName, address);
        done(token.isEmpty() ? LoginResult{} : LoginResult{Outcome::Ok, token, *now});
    };
    if (m_hasher) {
        m_hasher->verify(account->passwordHash, password, std::move(checked));
        return;
    }
    checked(Secrets::verifyPassword(account->passwordHash, password)
                ? PasswordHasher::Outcome::Match
                : PasswordHasher::Outcome::Mismatch);
}

QString AuthService::issueToken(const OperatorRecord &account, const QString &deviceName,
                                const QString &address)
{
    const QString token = Secrets::randomToken();
    const QString name = deviceName.simplified().left(MaxDeviceNameChars);
    return m_devices.add(account.id, Secrets::tokenDigest(token), name, address, m_clock()) > 0
               ? token
               : QString();
}

std::optional<Authenticated> AuthService::authenticate(const QString &token, bool *databaseAway)
{
    bool readFailed = false;
    if (databaseAway)
        *databaseAway = false;
    if (token.isEmpty())
        return std::nullopt;
    const auto device = m_devices.byToken(Secrets::tokenDigest(token), &readFailed);
    auto account = device ? m_accounts.operatorById(device->operatorId, &readFailed) : std::nullopt;
    if (databaseAway)
        *databaseAway = readFailed;
    if (!account || !account->active)
        return std::nullopt;
    return Authenticated{*account, device->id};
}

std::optional<OperatorRecord> AuthService::operatorForToken(const QString &token,
                                                            bool *databaseAway)
{
    if (auto authenticated = authenticate(token, databaseAway))
        return authenticated->account;
    return std::nullopt;
}

bool AuthService::logout(const QString &token)
{
    const auto device
        = token.isEmpty() ? std::nullopt : m_devices.byToken(Secrets::tokenDigest(token));
    return device && logOutDevice(device->operatorId, device->id);
}

AuthService::PasswordCheck AuthService::checkPassword(const OperatorRecord &account,
                                                      const QString &password,
                                                      const QString &address)
{
    if (m_throttle.isBlocked(address, account.email))
        return PasswordCheck::Throttled;
    const auto current = m_accounts.operatorById(account.id);
    if (!current || !Secrets::verifyPassword(current->passwordHash, password)) {
        m_throttle.recordFailure(address, account.email);
        return PasswordCheck::Wrong;
    }
    return PasswordCheck::Ok;
}

QList<DeviceRecord> AuthService::devices(qint64 operatorId)
{
    return m_devices.signedIn(operatorId);
}

void AuthService::noteDeviceUsed(qint64 deviceId, const QString &address)
{
    m_devices.touch(deviceId, address, m_clock());
}

bool AuthService::logOutDevice(qint64 operatorId, qint64 deviceId)
{
    const QList<qint64> ended = m_devices.revoke(operatorId, deviceId, m_clock());
    if (ended.isEmpty())
        return false;
    emit signedOut(operatorId, ended);
    return true;
}

void AuthService::logOutEverywhere(qint64 operatorId, qint64 exceptDeviceId)
{
    const QList<qint64> ended = m_devices.revokeAll(operatorId, exceptDeviceId, m_clock());
    if (!ended.isEmpty())
        emit signedOut(operatorId, ended);
}

} // namespace papo::server
