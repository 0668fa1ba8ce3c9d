#include "connectionguard.h"

#include <deadlinescheduler.h>

#include <QTcpSocket>

namespace papo::server {

using State = HttpRequestFramer::State;

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer,
                                 const ConnectionLimits &limits, DeadlineScheduler &deadlines)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_deadlines(deadlines)
    , m_framer(limits.bodyLimit)
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeRead);
    armDeadline(m_limits.firstHeadMs);
}

ConnectionGuard::~ConnectionGuard()
{
    m_deadlines.cancel(m_deadline);
}

void ConnectionGuard::watchAfterServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterRead);
}

void ConnectionGuard::armDeadline(qint64 afterMs)
{
    m_deadlines.cancel(m_deadline);
    m_deadline = m_deadlines.scheduleAt(m_deadlines.now() + afterMs, [this] { timedOut(); });
}

void ConnectionGuard::beforeRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_unconsumed)
        return; // QtHttpServer calls again for what it left: nothing new
    const QByteArray bytes = m_socket->peek(available).mid(m_unconsumed);
    m_unconsumed = available;
    const State before = m_framer.state();
    const int completedBefore = m_framer.completed();
    if (const int status = m_framer.feed(bytes)) {
        refuse(status);
        return;
    }
    switch (m_framer.state()) {
    case State::Upgraded:
        // QtHttpServer now hands the socket to the WebSocket session, which has its own
        // timeouts; it also cuts this guard's connections to the socket.
        m_deadlines.cancel(m_deadline);
        m_deadline = 0;
        break;
    case State::Body:
        if (before != State::Body)
            armDeadline(m_limits.bodyGraceMs
                        + m_framer.head().contentLength / m_limits.bodyBytesPerMs);
        break;
    case State::Head:
        if (before == State::Idle && m_framer.completed() == 0)
            break; // still within the first head's time from accept
        if (before != State::Head)
            armDeadline(m_limits.headMs);
        break;
    case State::Idle:
        if (m_framer.completed() != completedBefore)
            armDeadline(m_limits.keepAliveMs);
        break;
    case State::Refused:
        break;
    }
}

void ConnectionGuard::afterRead()
{
    m_unconsumed = m_socket->bytesAvailable();
}

void ConnectionGuard::refuse(int status)
{
    m_deadlines.cancel(m_deadline);
    m_deadline = 0;
    // QtHttpServer reads nothing more of this connection, not even what already arrived.
    if (m_httpServer)
        disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    if (status > 0) {
        m_socket->write(refusalAnswer(status));
        m_socket->flush();
    }
    m_socket->disconnectFromHost(); // the rest of the body is thrown away as it comes
}

void ConnectionGuard::timedOut()
{
    m_deadline = 0;
    // A head half there gets 408; a connection idle between requests just closes.
    refuse(m_framer.state() == State::Idle ? 0 : 408);
}

QByteArray ConnectionGuard::refusalAnswer(int status)
{
    QByteArray reason;
    QByteArray code;
    QByteArray message;
    switch (status) {
    case 400:
        reason = "Bad Request";
        code = "bad_request";
        message = "The request head is malformed.";
        break;
    case 401:
        reason = "Unauthorized";
        code = "unauthorized";
        message = "Log in first: the bearer token is missing.";
        break;
    case 408:
        reason = "Request Timeout";
        code = "timeout";
        message = "The request took too long to arrive.";
        break;
    case 411:
        reason = "Length Required";
        code = "length_required";
        message = "Send the body with a Content-Length, not chunked.";
        break;
    case 431:
        reason = "Request Header Fields Too Large";
        code = "head_too_large";
        message = "The request head is over 16 KiB.";
        break;
    default:
        status = 413;
        reason = "Payload Too Large";
        code = "too_large";
        message = "The body is larger than this route accepts.";
        break;
    }
    const QByteArray body = R"({"error":")" + code + R"(","message":")" + message + R"("})";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\nX-Content-Type-Options: nosniff\r\n"
             "Content-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace papo::server
