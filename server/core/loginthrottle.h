#pragma once

#include "clock.h"

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// Refuses logins for an address or an account once it has too many recent failures. The
// failures are kept in the database, so several nodes behind one address count them together
// (docs/scaling.md): trying each node in turn gains an attacker nothing.
class LoginThrottle final
{
public:
    explicit LoginThrottle(QSqlDatabase db, Clock clock = systemClock(), int maxFailures = 10,
                           int windowSeconds = 60);

    bool isBlocked(const QString &address, const QString &account);
    void recordFailure(const QString &address, const QString &account);

private:
    int recentFailures(const QString &key);
    qint64 windowStartMs() const;

    QSqlDatabase m_db;
    Clock m_clock;
    int m_maxFailures;
    int m_windowSeconds;
};

} // namespace papo::server
