#pragma once

#include <QHostAddress>

namespace papo::server {

// IPv4-mapped IPv6 (::ffff:a.b.c.d), as dual-stack sockets report IPv4 peers, is the IPv4
// address it carries: for trusted-proxy checks and location lookups alike.
inline QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isMapped = false;
        const quint32 ipv4 = address.toIPv4Address(&isMapped);
        if (isMapped)
            return QHostAddress(ipv4);
    }
    return address;
}

} // namespace papo::server
