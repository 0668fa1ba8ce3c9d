#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace papo::server {

// QtHttpServer 6.4 reads a request's whole body into memory before any route sees it, with
// no cap. The guard looks at each request head as it arrives, before QtHttpServer reads
// it, and ends the connection with 413 when the declared body is larger than the server
// takes, or 411 when the body is chunked (its size unknown until it has all arrived).
// A head split over several reads is not seen whole: the routes check sizes again.
class RequestSizeGuard final : public QObject
{
    Q_OBJECT

public:
    RequestSizeGuard(qint64 maxBodyBytes, QObject *parent = nullptr);

    // Call before QtHttpServer connects to the socket, so the guard reads first.
    void watch(QTcpSocket *socket);
    // 0 when the head may proceed, else the HTTP status to refuse it with.
    static int refusal(const QByteArray &head, qint64 maxBodyBytes);

private:
    void inspect(QTcpSocket *socket);

    const qint64 m_maxBodyBytes;
};

} // namespace papo::server
