#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace papo::server {

// Which addresses webhooks and Slack posts may connect to (docs/integrations.md, "No SSRF"):
// not loopback, private, shared (CGNAT), link-local, multicast, reserved or unspecified ones,
// IPv4-mapped IPv6 spellings of those included, unless an admin allowed that exact address.
// HttpPoster asks it about the address of each socket libcurl opens, after name resolution,
// so a name that resolves to a private address is refused too, with no window between the
// check and the connection.
class DestinationGuard final
{
public:
    // Why `address` is refused, or an empty text when it may be reached.
    static QString refusal(const QHostAddress &address, const QList<QHostAddress> &allowed);
    // `::ffff:a.b.c.d` → `a.b.c.d`; anything else as it is.
    static QHostAddress normalised(const QHostAddress &address);
};

} // namespace papo::server
