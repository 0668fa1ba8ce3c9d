#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace papo::server {

// Finds the visitor's address when the server sits behind reverse proxies.
//
// X-Forwarded-For is written by whoever sent the request, so it is believed only as
// far as it was written by proxies we trust: the walk starts at the TCP peer and moves
// right to left through the header while the hop it just came from is a trusted proxy.
// The first address that is not a trusted proxy is the client. With no trusted proxies
// configured, or a peer that is not one, the header is ignored and the peer is the client.
class ClientAddressResolver final
{
public:
    ClientAddressResolver() = default;

    // Entries are addresses ("10.0.0.5", "::1") or CIDR ranges ("10.0.0.0/8",
    // "fd00::/8"). Returns false and says which entry is bad in *error; nothing is added.
    bool setTrustedProxies(const QStringList &entries, QString *error = nullptr);
    bool hasTrustedProxies() const { return !m_trustedNetworks.isEmpty(); }
    bool isTrustedProxy(const QHostAddress &address) const;

    // forwardedFor is the X-Forwarded-For value; several header lines must be joined with
    // "," in the order they arrived. IPv4-mapped IPv6 addresses come back as IPv4.
    QHostAddress resolve(const QHostAddress &peer, const QString &forwardedFor) const;

    // One X-Forwarded-For element: "203.0.113.7", "2001:db8::1", "[2001:db8::1]:443",
    // "203.0.113.7:5100". Null for anything else ("unknown", obfuscated ids, garbage).
    static QHostAddress parseForwardedAddress(QStringView element);

private:
    QList<QPair<QHostAddress, int>> m_trustedNetworks;
};

} // namespace papo::server
