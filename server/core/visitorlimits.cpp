#include "visitorlimits.h"

namespace papo::server {

VisitorLimits::VisitorLimits(RateLimiter::MonotonicClock clock, double scale)
    : m_clock(clock)
    , m_scale(scale)
    , m_newVisitors(RateLimits::NewVisitorsPerAddress.scaled(scale), clock)
    , m_messages(RateLimits::MessagesPerAddress.scaled(scale), clock)
    , m_pageViews(RateLimits::PageViewsPerAddress.scaled(scale), clock)
    , m_uploadsByAddress(RateLimits::UploadsPerAddress.scaled(scale), clock)
    , m_uploadsByVisitor(RateLimits::UploadsPerVisitor.scaled(scale), clock)
{}

bool VisitorLimits::upload(const QHostAddress &address, qint64 visitorId)
{
    return m_uploadsByVisitor.take(QString::number(visitorId))
           && m_uploadsByAddress.take(key(address));
}

QString VisitorLimits::key(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(v6.c), 8).toHex());
}

} // namespace papo::server
