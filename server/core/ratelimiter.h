#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace papo::server {

// How often something may happen: `burst` at once, then one more every `intervalMs`.
struct RateLimit
{
    int burst = 1;
    qint64 intervalMs = 1000;
    bool unlimited = false; // --rate-limit-scale 0

    // `factor` times as many, as often; 0 lifts the limit.
    RateLimit scaled(double factor) const
    {
        if (factor <= 0)
            return {burst, intervalMs, true};
        return {qMax(1, int(burst * factor)), qMax<qint64>(1, qint64(double(intervalMs) / factor)),
                unlimited};
    }
};

// Token buckets keyed by a string (an address, a visitor): take() says whether one more
// may happen now. Keys that refilled completely are forgotten, so memory follows the keys
// active in the last burst × interval, and at most MaxKeys are kept (then the fullest go).
class RateLimiter final
{
public:
    using MonotonicClock = std::function<qint64()>; // milliseconds
    static constexpr int MaxKeys = 100'000;

    RateLimiter(RateLimit limit, MonotonicClock clock);

    bool take(const QString &key);
    // Milliseconds until take(key) would succeed (0: now).
    qint64 waitMs(const QString &key) const;
    int keys() const { return int(m_buckets.size()); }
    const RateLimit &limit() const { return m_limit; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updated = 0;
    };
    double tokensNow(const Bucket &bucket, qint64 now) const;
    void forgetFullBuckets(qint64 now);

    RateLimit m_limit;
    MonotonicClock m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweep = 0;
};

// One key's bucket, for limits per connection (no map needed).
class RateBucket final
{
public:
    explicit RateBucket(RateLimit limit)
        : m_limit(limit)
        , m_tokens(limit.burst)
    {}

    bool take(qint64 now);

private:
    RateLimit m_limit;
    double m_tokens;
    qint64 m_updated = -1;
};

} // namespace papo::server
