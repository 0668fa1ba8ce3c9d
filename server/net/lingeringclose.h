#pragma once

#include <QAbstractSocket>
#include <QObject>

#include <unordered_map>

class QSocketNotifier;
class QTimer;

namespace papo::server {

// Closing a TCP socket while the peer's bytes are still arriving makes the kernel send a
// reset, and the peer may lose what was written just before: the 413 answer to an upload
// that is too large, the 1009 close frame of a WebSocket frame that is too big. So when the
// server closes a connection whose peer has not finished, a copy of the descriptor keeps it
// open: after the answer the server sends FIN, reads and throws away whatever still comes,
// and closes once the peer closes too, or after MaxDrainBytes / MaxDrainMs.
class LingeringClose final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxDrainMs = 5000;
    static constexpr int MaxLingering = 1000; // beyond that, connections close at once

    static LingeringClose &instance();

    // Called as the socket starts closing; the socket still holds its descriptor.
    void socketClosing(QAbstractSocket *socket);
    int lingering() const { return int(m_drains.size()); }

private:
    LingeringClose();
    struct Drain
    {
        int fd = -1; // the copy of the socket's descriptor
        QSocketNotifier *notifier = nullptr;
        qint64 deadline = 0;
        qint64 drained = 0;
        bool finSent = false;
    };
    // Keyed by a number never reused, not by the descriptor, which the kernel reuses.
    void drain(quint64 id);
    void sendFin(quint64 id);
    void finish(quint64 id);
    void sweep();

    std::unordered_map<quint64, Drain> m_drains;
    quint64 m_nextId = 1;
    QTimer *m_sweep;
};

// A socket that hands its connection to LingeringClose when it closes. Base is QTcpSocket or
// QSslSocket.
template<typename Base>
class LingeringSocket final : public Base
{
public:
    using Base::Base;

    void disconnectFromHost() override
    {
        handOver();
        Base::disconnectFromHost();
    }
    void close() override // abort() comes here too
    {
        handOver();
        Base::close();
    }

private:
    void handOver()
    {
        if (m_handedOver || this->state() != QAbstractSocket::ConnectedState)
            return;
        m_handedOver = true;
        LingeringClose::instance().socketClosing(this);
    }

    bool m_handedOver = false;
};

} // namespace papo::server
