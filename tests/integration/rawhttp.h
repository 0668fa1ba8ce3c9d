#pragma once

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace papo::testing {

// A plain TCP connection for tests that shape the bytes themselves (split heads, bodies
// that never end, connections that say nothing).
class RawHttp final
{
public:
    bool open(quint16 port, int timeoutMs = 10000)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(timeoutMs);
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Everything received so far, after waiting up to `timeoutMs` for `until` to appear in it.
    QByteArray readUntil(const QByteArray &until, int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_received.contains(until) && !deadline.hasExpired()) {
            if (!m_socket.bytesAvailable()
                && !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            m_received += m_socket.readAll();
        }
        m_received += m_socket.readAll();
        return m_received;
    }
    // Keeps sending `chunk` until the server answers (returns the bytes sent) or `maxBytes`.
    qint64 sendUntilAnswered(const QByteArray &chunk, qint64 maxBytes)
    {
        qint64 sent = 0;
        while (sent < maxBytes && m_socket.state() == QAbstractSocket::ConnectedState) {
            m_received += m_socket.readAll();
            if (m_received.contains("\r\n\r\n"))
                break;
            m_socket.write(chunk);
            m_socket.waitForBytesWritten(1000);
            sent += chunk.size();
        }
        return sent;
    }
    bool waitForClosed(int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
            m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            m_received += m_socket.readAll();
        }
        m_received += m_socket.readAll(); // what came before the close stays readable
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    QByteArray received() const { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace papo::testing
