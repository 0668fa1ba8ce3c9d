#pragma once

#include "ratelimiter.h"

#include <QHostAddress>

namespace papo::server {

// What a stranger may do how often (docs/security.md, "Limits"). Per connection: one widget
// tab; per address: everyone behind one address (an office, a phone carrier's NAT), so those
// are generous. A person chatting never comes near them; a script does at once.
namespace RateLimits {
inline constexpr RateLimit MessagesPerConnection{20, 500}; // 20 at once, then 2 a second
inline constexpr RateLimit TypingPerConnection{20, 200};   // the widget sends ≤ 1 per 300 ms
inline constexpr RateLimit PageViewsPerConnection{20, 1000};
inline constexpr RateLimit MessagesPerAddress{60, 250}; // then 4 a second from one address
inline constexpr RateLimit PageViewsPerAddress{120, 250};
inline constexpr RateLimit NewVisitorsPerAddress{60, 2000}; // then 30 a minute
inline constexpr RateLimit UploadsPerVisitor{10, 6000};     // then 10 a minute
inline constexpr RateLimit UploadsPerAddress{30, 2000};
// Every frame on either endpoint, whatever it holds (papo-desk sends ~10 at once on start).
inline constexpr RateLimit FramesPerConnection{100, 20}; // then 50 a second
// A connection refused this many times in a row is closed (4029).
inline constexpr int RefusalsBeforeClose = 20;
} // namespace RateLimits

// The limits shared by every connection from one address or of one visitor, and the scale
// of all limits (--rate-limit-scale: 2 allows twice as much, 0 lifts them).
class VisitorLimits final
{
public:
    VisitorLimits(RateLimiter::MonotonicClock clock, double scale = 1);

    // A limit of RateLimits, scaled: for the buckets each connection keeps.
    RateLimit perConnection(RateLimit limit) const { return limit.scaled(m_scale); }

    bool newVisitor(const QHostAddress &address) { return m_newVisitors.take(key(address)); }
    bool message(const QHostAddress &address) { return m_messages.take(key(address)); }
    bool pageView(const QHostAddress &address) { return m_pageViews.take(key(address)); }
    bool upload(const QHostAddress &address, qint64 visitorId);
    RateLimiter::MonotonicClock clock() const { return m_clock; }

private:
    // IPv6 visitors get a /64 each from their provider: one key per /64, not per address.
    static QString key(const QHostAddress &address);

    RateLimiter::MonotonicClock m_clock;
    double m_scale;
    RateLimiter m_newVisitors;
    RateLimiter m_messages;
    RateLimiter m_pageViews;
    RateLimiter m_uploadsByAddress;
    RateLimiter m_uploadsByVisitor;
};

} // namespace papo::server
