#pragma once

#include <QByteArray>

class QHttpServerResponse;
class QHttpServerResponder;

namespace papo::server::SecurityHeaders {

// What a browser may do with any answer of the server, should it render one: no sniffing of
// types, no referrer sent on, no framing, no script. Headers an answer set itself are kept
// (the demo page has its own policy, attachments theirs).
void addTo(QHttpServerResponse &response);
// The same, for answers written through a responder.
void writeTo(QHttpServerResponder &responder);

// The demo page's policy: its own inline scripts by nonce, the widget from this server, its
// WebSocket, and nothing else.
QByteArray demoPolicy(const QByteArray &nonce);

} // namespace papo::server::SecurityHeaders
