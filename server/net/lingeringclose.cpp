#include "lingeringclose.h"

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace papo::server {

namespace {

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

// True when the peer may still send: it has not closed its side.
bool peerStillOpen(int fd)
{
    char byte;
    const ssize_t peeked = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked > 0 || (peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
}

} // namespace

LingeringClose &LingeringClose::instance()
{
    static LingeringClose closer; // sockets live on the main thread only
    return closer;
}

LingeringClose::LingeringClose()
    : m_sweep(new QTimer(this))
{
    // One timer for every lingering connection: each needs only a coarse deadline.
    m_sweep->setInterval(250);
    connect(m_sweep, &QTimer::timeout, this, &LingeringClose::sweep);
}

void LingeringClose::socketClosing(QAbstractSocket *socket)
{
    const int fd = int(socket->socketDescriptor());
    if (fd < 0 || m_drains.size() >= MaxLingering || !peerStillOpen(fd))
        return;
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return;
    const quint64 id = m_nextId++;
    Drain drain;
    drain.fd = copy;
    drain.notifier = new QSocketNotifier(copy, QSocketNotifier::Read, this);
    drain.deadline = nowMs() + MaxDrainMs;
    connect(drain.notifier, &QSocketNotifier::activated, this, [this, id] { this->drain(id); });
    m_drains.emplace(id, drain);
    // The FIN goes out once the socket has written its last bytes and closed its own
    // descriptor (it may wait for the kernel to take them).
    connect(socket, &QAbstractSocket::disconnected, this, [this, id] { sendFin(id); });
    connect(socket, &QObject::destroyed, this, [this, id] { sendFin(id); });
    if (!m_sweep->isActive())
        m_sweep->start();
}

void LingeringClose::sendFin(quint64 id)
{
    const auto found = m_drains.find(id);
    if (found == m_drains.end() || found->second.finSent)
        return;
    found->second.finSent = true;
    ::shutdown(found->second.fd, SHUT_WR);
    drain(id);
}

void LingeringClose::drain(quint64 id)
{
    const auto found = m_drains.find(id);
    if (found == m_drains.end())
        return;
    Drain &state = found->second;
    char scratch[16 * 1024];
    for (;;) {
        const ssize_t got = ::recv(state.fd, scratch, sizeof scratch, MSG_DONTWAIT);
        if (got > 0) {
            state.drained += got;
            if (state.drained < MaxDrainBytes)
                continue;
        } else if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return; // more later
        } else if (got < 0 && errno == EINTR) {
            continue;
        }
        finish(id); // the peer closed, the connection failed, or enough was thrown away
        return;
    }
}

void LingeringClose::finish(quint64 id)
{
    const auto found = m_drains.find(id);
    if (found == m_drains.end())
        return;
    delete found->second.notifier; // before the descriptor closes, so epoll forgets it
    ::close(found->second.fd);
    m_drains.erase(found);
    if (m_drains.empty())
        m_sweep->stop();
}

void LingeringClose::sweep()
{
    const qint64 now = nowMs();
    std::vector<quint64> due;
    for (const auto &[id, state] : m_drains) {
        if (state.deadline <= now)
            due.push_back(id);
    }
    for (quint64 id : due)
        finish(id);
}

} // namespace papo::server
