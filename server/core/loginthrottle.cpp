#include "loginthrottle.h"

namespace papo::server {

namespace {

QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}

QString accountKey(const QString &account)
{
    return QStringLiteral("account:") + account.toLower();
}

} // namespace

LoginThrottle::LoginThrottle(Clock clock, int maxFailures, int windowSeconds)
    : m_clock(std::move(clock))
    , m_maxFailures(maxFailures)
    , m_windowSeconds(windowSeconds)
{}

bool LoginThrottle::isBlocked(const QString &address, const QString &account)
{
    return recentFailures(addressKey(address)) >= m_maxFailures
           || recentFailures(accountKey(account)) >= m_maxFailures;
}

void LoginThrottle::recordFailure(const QString &address, const QString &account)
{
    const QDateTime now = m_clock();
    m_failures[addressKey(address)].append(now);
    m_failures[accountKey(account)].append(now);
}

int LoginThrottle::recentFailures(const QString &key)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    const QDateTime windowStart = m_clock().addSecs(-m_windowSeconds);
    it->removeIf([&](const QDateTime &time) { return time <= windowStart; });
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    return int(it->size());
}

} // namespace papo::server
