#pragma once

#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace papo::server {

// Refuses logins for an address or an account once it has too many recent failures.
class LoginThrottle final
{
public:
    explicit LoginThrottle(Clock clock = systemClock(), int maxFailures = 10,
                           int windowSeconds = 60);

    bool isBlocked(const QString &address, const QString &account);
    void recordFailure(const QString &address, const QString &account);

private:
    int recentFailures(const QString &key);

    Clock m_clock;
    int m_maxFailures;
    int m_windowSeconds;
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace papo::server
