#include "nodelaytcpserver.h"

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
    QTcpServer::incomingConnection(socketDescriptor);
}

} // namespace papo::server
