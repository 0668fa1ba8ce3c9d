#pragma once

#include "httprequestframer.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace papo::server {

class DeadlineScheduler;

// How long a connection may take over each part of a request, and how large bodies may be.
struct ConnectionLimits
{
    HttpRequestFramer::BodyLimit bodyLimit;
    qint64 firstHeadMs = 10'000; // from accept (TLS handshake included) to a complete head
    qint64 keepAliveMs = 30'000; // from the end of a request to the next complete head
    qint64 headMs = 10'000;      // from a head's first byte to its end
    qint64 bodyGraceMs = 60'000; // a body may take this long, plus a millisecond
    qint64 bodyBytesPerMs = 16;  // ... for every 16 bytes (16 KB/s at the slowest)
};

// Watches one HTTP connection in front of QtHttpServer: every byte it will read goes through
// an HttpRequestFramer first, so a request QtHttpServer must not buffer (a body over its
// limit, a head that never ends) is answered here and the connection closed, before its body
// is read. It also ends connections that are too slow (slowloris) through the server's one
// DeadlineScheduler. Once the connection becomes a WebSocket the guard steps aside.
//
// QtHttpServer reads the socket in its readyRead slot; the guard's beforeRead() is connected
// before that slot and afterRead() after it, so it knows which bytes are new each time.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    // A child of `socket`. `httpServer` is the receiver of QtHttpServer's own connections to
    // the socket, cut when a request is refused so that it never reads any of it.
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
                    DeadlineScheduler &deadlines);
    ~ConnectionGuard() override;

    // Connect after QtHttpServer took the socket.
    void watchAfterServer();

    static QByteArray refusalAnswer(int status);

private:
    void beforeRead();
    void afterRead();
    void refuse(int status);
    void armDeadline(qint64 afterMs);
    void timedOut();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    const ConnectionLimits &m_limits;
    DeadlineScheduler &m_deadlines;
    HttpRequestFramer m_framer;
    qint64 m_unconsumed = 0; // bytes QtHttpServer left in the socket after its last read
    quint64 m_deadline = 0;
};

} // namespace papo::server
