#include "httplistener.h"

#include "lingeringclose.h"

#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace papo::server {

HttpListener::HttpListener(QObject *httpServer, const ConnectionLimits &limits,
                           DeadlineScheduler &deadlines, QObject *parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_deadlines(deadlines)
{}

void HttpListener::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
#ifdef Q_OS_UNIX
    const int on = 1;
    ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
#endif
    QTcpSocket *socket = nullptr;
    if (m_tls)
        socket = new LingeringSocket<QSslSocket>(this);
    else
        socket = new LingeringSocket<QTcpSocket>(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // The guard reads each byte before QtHttpServer does: connected first.
    auto *guard = new ConnectionGuard(socket, m_httpServer, m_limits, m_deadlines);
    auto *tls = qobject_cast<QSslSocket *>(socket);
    if (!tls) {
        handOver(socket, guard);
        return;
    }
    // QtHttpServer gets the connection once it is encrypted; until then it is the listener's.
    tls->setSslConfiguration(*m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls, guard] {
        disconnect(tls, nullptr, this, nullptr);
        handOver(tls, guard);
    });
    connect(tls, &QSslSocket::disconnected, this, [tls] { tls->deleteLater(); });
    tls->startServerEncryption();
}

void HttpListener::handOver(QTcpSocket *socket, ConnectionGuard *guard)
{
    addPendingConnection(socket); // QtHttpServer connects to the socket in here
    guard->watchAfterServer();
}

} // namespace papo::server
