#include "nodelaytcpserver.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace papo::server {

void NoDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
#ifdef Q_OS_UNIX
    const int on = 1;
    ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
#endif
    // What QTcpServer does, with the watcher's turn before the socket is handed out.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_watcher)
        m_watcher(socket);
    addPendingConnection(socket);
}

} // namespace papo::server
