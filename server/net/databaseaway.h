#pragma once

#include <QString>

namespace papo::server {

// What a client hears when the database cannot be read right now (docs/protocol.md): a token
// or key that could not be looked up is not a wrong one. The same words on the WebSocket
// (`internal`) and over HTTP (503).
inline QString databaseAwayMessage()
{
    return QStringLiteral("The database cannot be reached right now; try again in a moment.");
}

} // namespace papo::server
