#include "destinationguard.h"

#include <array>

namespace papo::server {

namespace {

struct Range
{
    const char *subnet;
    const char *what;
};

// Ranges nobody outside the server's own network should make it reach.
constexpr std::array Refused{
    Range{"0.0.0.0/8", "an unspecified address"},
    Range{"10.0.0.0/8", "a private address"},
    Range{"100.64.0.0/10", "a shared (carrier-grade NAT) address"},
    Range{"127.0.0.0/8", "a loopback address"},
    Range{"169.254.0.0/16", "a link-local address"},
    Range{"172.16.0.0/12", "a private address"},
    Range{"192.0.0.0/24", "a reserved address"},
    Range{"192.168.0.0/16", "a private address"},
    Range{"198.18.0.0/15", "a reserved address"},
    Range{"224.0.0.0/4", "a multicast address"},
    Range{"240.0.0.0/4", "a reserved address"},
    Range{"::/128", "an unspecified address"},
    Range{"::1/128", "a loopback address"},
    Range{"::/96", "an IPv4-compatible address"},
    Range{"fc00::/7", "a private (unique local) address"},
    Range{"fe80::/10", "a link-local address"},
    Range{"fec0::/10", "a site-local address"},
    Range{"ff00::/8", "a multicast address"},
};

} // namespace

QHostAddress DestinationGuard::normalised(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
    }
    QHostAddress plain = address;
    plain.setScopeId({});
    return plain;
}

QString DestinationGuard::refusal(const QHostAddress &address, const QList<QHostAddress> &allowed)
{
    const QHostAddress target = normalised(address);
    if (target.isNull())
        return QStringLiteral("the address is not an IP address");
    for (const QHostAddress &exception : allowed)
        if (normalised(exception) == target)
            return {};
    for (const Range &range : Refused) {
        const auto subnet = QHostAddress::parseSubnet(QString::fromLatin1(range.subnet));
        if (target.isInSubnet(subnet))
            return QStringLiteral("%1 is %2; an admin may allow this exact address in "
                                  "Settings → Integrations")
                .arg(target.toString(), QString::fromLatin1(range.what));
    }
    return {};
}

} // namespace papo::server
