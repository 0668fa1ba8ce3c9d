#include "clientaddressresolver.h"

#include "hostaddress.h"

namespace papo::server {

namespace {

bool isDecimal(QStringView text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isPort(QStringView text)
{
    return isDecimal(text, 5);
}

// QHostAddress also takes inet_aton's short forms ("10.1", "167772161"); proxies write
// and operators mean full dotted quads, or IPv6.
bool isFullAddressText(QStringView text)
{
    return text.contains(u':') || text.count(u'.') == 3;
}

int fullPrefixLength(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
}

} // namespace

bool ClientAddressResolver::setTrustedProxies(const QStringList &entries, QString *error)
{
    QList<QPair<QHostAddress, int>> networks;
    for (const QString &rawEntry : entries) {
        const QString entry = rawEntry.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> network{QHostAddress(), -1};
        const qsizetype slash = entry.indexOf(u'/');
        const QStringView addressText = QStringView(entry).first(slash < 0 ? entry.size() : slash);
        if (!isFullAddressText(addressText)) {
            // Qt reads "10.0.0" as 10.0.0.0 (or as a /24): too surprising for a trust list.
        } else if (slash >= 0) {
            if (isDecimal(QStringView(entry).sliced(slash + 1), 3))
                network = QHostAddress::parseSubnet(entry);
        } else {
            const QHostAddress address = unmapped(QHostAddress(entry));
            if (!address.isNull())
                network = {address, fullPrefixLength(address)};
        }
        if (network.first.isNull() || network.second < 0) {
            if (error)
                *error = QStringLiteral("\"%1\" is not an IP address or CIDR range").arg(entry);
            return false;
        }
        networks.append(network);
    }
    m_trustedNetworks = std::move(networks);
    return true;
}

bool ClientAddressResolver::isTrustedProxy(const QHostAddress &address) const
{
    const QHostAddress host = unmapped(address);
    for (const auto &network : m_trustedNetworks) {
        if (host.isInSubnet(network))
            return true;
        // A trusted IPv4 range also covers its IPv4-mapped IPv6 form, and vice versa.
        if (network.first.protocol() == QAbstractSocket::IPv6Protocol
            && address.isInSubnet(network))
            return true;
    }
    return false;
}

QHostAddress ClientAddressResolver::resolve(const QHostAddress &peer,
                                            const QString &forwardedFor) const
{
    QHostAddress client = unmapped(peer);
    if (m_trustedNetworks.isEmpty() || !isTrustedProxy(client))
        return client;

    const QList<QStringView> elements = QStringView(forwardedFor).split(u',');
    for (auto it = elements.crbegin(); it != elements.crend(); ++it) {
        const QStringView element = it->trimmed();
        if (element.isEmpty())
            continue; // "a,,b" and trailing commas: formatting, not a hop
        const QHostAddress hop = parseForwardedAddress(element);
        // A trusted proxy wrote something that is not an address ("unknown", a
        // hidden-node id): nothing to its left can be believed, so the proxy that
        // reported it is as close to the client as we can get.
        if (hop.isNull())
            return client;
        client = hop;
        if (!isTrustedProxy(client))
            return client;
    }
    // Every hop is a trusted proxy (internal traffic): the leftmost one is the origin.
    return client;
}

QHostAddress ClientAddressResolver::parseForwardedAddress(QStringView element)
{
    QStringView text = element.trimmed();
    // Some proxies quote the element.
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.sliced(1, text.size() - 2).trimmed();
    if (text.isEmpty() || text.size() > 64)
        return {};

    if (text.startsWith(u'[')) {
        // "[2001:db8::1]" or "[2001:db8::1]:443"
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return {};
        const QStringView rest = text.sliced(close + 1);
        if (!rest.isEmpty() && !(rest.startsWith(u':') && isPort(rest.sliced(1))))
            return {};
        text = text.sliced(1, close - 1);
        if (!text.contains(u':'))
            return {};
    } else if (text.count(u':') == 1) {
        // "203.0.113.7:5100"
        const qsizetype colon = text.indexOf(u':');
        if (!isPort(text.sliced(colon + 1)))
            return {};
        text = text.first(colon);
    }

    if (!isFullAddressText(text))
        return {};
    QHostAddress address;
    if (!address.setAddress(text.toString()))
        return {};
    return unmapped(address);
}

} // namespace papo::server
