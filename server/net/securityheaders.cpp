#include "securityheaders.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>

#include <array>
#include <utility>

namespace papo::server::SecurityHeaders {

namespace {

const std::array<std::pair<QByteArray, QByteArray>, 4> &defaults()
{
    static const std::array<std::pair<QByteArray, QByteArray>, 4> headers{{
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox"},
    }};
    return headers;
}

} // namespace

void addTo(QHttpServerResponse &response)
{
    for (const auto &[name, value] : defaults()) {
        if (!response.hasHeader(name))
            response.setHeader(name, value);
    }
}

void writeTo(QHttpServerResponder &responder)
{
    for (const auto &[name, value] : defaults())
        responder.writeHeader(name, value);
}

QByteArray demoPolicy(const QByteArray &nonce)
{
    return "default-src 'none'; script-src 'self' 'nonce-" + nonce
           + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
             "connect-src 'self' ws: wss:; font-src 'self'; base-uri 'none'; form-action "
             "'self'; frame-ancestors 'none'";
}

} // namespace papo::server::SecurityHeaders
