#pragma once

#include "servercontext.h"

#include <QHttpServer>

namespace papo::server {

// INT-2: the link at the foot of a visitor's email. GET /unsubscribe?v=ID&s=SIG&l=LANG stops
// every further email to that visitor and says so on a small page in English, Portuguese or
// Spanish; POST does the same for mail clients' one-click unsubscribe (RFC 8058).
class UnsubscribeRoute final
{
public:
    explicit UnsubscribeRoute(ServerContext context)
        : m_context(context)
    {}

    void addTo(QHttpServer &http);

private:
    QHttpServerResponse unsubscribe(const QHttpServerRequest &request);

    ServerContext m_context;
};

} // namespace papo::server
