#include "loginthrottle.h"

#include <cachedquery.h>

#include <QSqlError>
#include <QVariant>

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

LoginThrottle::LoginThrottle(QSqlDatabase db, Clock clock, int maxFailures, int windowSeconds)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
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
    // Failures older than the window are forgotten on the way: the table stays small.
    CachedQuery forget(m_db, QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"));
    forget.addBindValue(windowStartMs());
    forget.exec();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    for (const QString &key : {addressKey(address), accountKey(account)}) {
        CachedQuery record(m_db,
                           QStringLiteral("INSERT INTO login_failures (key, at_ms) VALUES (?, ?)"));
        record.addBindValue(key);
        record.addBindValue(now);
        if (!record.exec())
            qWarning("LoginThrottle: a failed login was not counted: %s",
                     qPrintable(record.lastError().text()));
    }
}

int LoginThrottle::recentFailures(const QString &key)
{
    CachedQuery count(
        m_db, QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = ? AND at_ms > ?"));
    count.addBindValue(key);
    count.addBindValue(windowStartMs());
    return count.exec() && count.next() ? count.value(0).toInt() : 0;
}

qint64 LoginThrottle::windowStartMs() const
{
    return m_clock().addSecs(-m_windowSeconds).toMSecsSinceEpoch();
}

} // namespace papo::server
