#include "ratelimiter.h"

#include <vector>

namespace papo::server {

RateLimiter::RateLimiter(RateLimit limit, MonotonicClock clock)
    : m_limit(limit)
    , m_clock(std::move(clock))
{}

double RateLimiter::tokensNow(const Bucket &bucket, qint64 now) const
{
    const double refilled = double(now - bucket.updated) / double(m_limit.intervalMs);
    return qMin(double(m_limit.burst), bucket.tokens + refilled);
}

bool RateLimiter::take(const QString &key)
{
    if (m_limit.unlimited)
        return true;
    const qint64 now = m_clock();
    // A sweep costs one pass over the keys: at most once per refill time, or per second
    // while the map is full.
    const qint64 sinceSweep = now - m_lastSweep;
    if (sinceSweep > m_limit.intervalMs * m_limit.burst
        || (m_buckets.size() >= MaxKeys && sinceSweep > 1000))
        forgetFullBuckets(now);
    auto found = m_buckets.find(key);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= MaxKeys)
            return false; // every bucket is in use: refuse rather than grow without end
        found = m_buckets.insert(key, Bucket{double(m_limit.burst), now});
    }
    Bucket &bucket = *found;
    bucket.tokens = tokensNow(bucket, now);
    bucket.updated = now;
    if (bucket.tokens < 1)
        return false;
    bucket.tokens -= 1;
    return true;
}

qint64 RateLimiter::waitMs(const QString &key) const
{
    const auto found = m_buckets.constFind(key);
    if (found == m_buckets.cend())
        return 0;
    const double tokens = tokensNow(*found, m_clock());
    return tokens >= 1 ? 0 : qint64((1 - tokens) * double(m_limit.intervalMs)) + 1;
}

void RateLimiter::forgetFullBuckets(qint64 now)
{
    m_lastSweep = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (tokensNow(*it, now) >= m_limit.burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

bool RateBucket::take(qint64 now)
{
    if (m_limit.unlimited)
        return true;
    if (m_updated >= 0)
        m_tokens = qMin(double(m_limit.burst),
                        m_tokens + double(now - m_updated) / double(m_limit.intervalMs));
    m_updated = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

} // namespace papo::server
