#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace papo::common {

namespace {

constexpr int MaxEventsPerWait = 512;

qint64 monotonicUs()
{
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

// Whole milliseconds, rounded up so that nothing fires early.
qint64 ceilMs(qint64 us)
{
    return us <= 0 ? 0 : (us + 999) / 1000;
}

} // namespace

QSocketNotifier *&EpollEventDispatcher::SocketNotifiers::slot(int type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return read;
    case QSocketNotifier::Write:
        return write;
    default:
        return exception;
    }
}

unsigned EpollEventDispatcher::SocketNotifiers::epollEvents() const
{
    unsigned events = 0;
    if (read)
        events |= EPOLLIN | EPOLLRDHUP;
    if (write)
        events |= EPOLLOUT;
    if (exception)
        events |= EPOLLPRI;
    return events;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd: %s", strerror(errno));
    epoll_event event = {};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    int handled = 0;

    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    const int timeout = waitTimeout(canWait);
    if (canWait)
        emit aboutToBlock();

    if (flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) {
        // Sockets stay ready (level-triggered) for a later pass; wait for wake-ups only.
        pollfd wake = {m_wakeFd, POLLIN, 0};
        if (::poll(&wake, 1, timeout) > 0)
            drainWakeUps();
    } else {
        epoll_event events[MaxEventsPerWait];
        const int count = epoll_wait(m_epoll, events, MaxEventsPerWait, timeout);
        if (count > 0)
            handled += dispatchSocketEvents(events, count);
    }
    if (canWait)
        emit awake();
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        handled += activateTimers();
    QCoreApplication::sendPostedEvents();
    return handled > 0;
}

int EpollEventDispatcher::waitTimeout(bool canWait) const
{
    if (!canWait)
        return 0;
    if (m_deadlines.empty())
        return -1;
    const qint64 wait = ceilMs(m_deadlines.begin()->first - monotonicUs());
    return int(qMin<qint64>(wait, std::numeric_limits<int>::max()));
}

int EpollEventDispatcher::dispatchSocketEvents(const epoll_event *events, int count)
{
    int handled = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        const unsigned ready = events[i].events;
        if (fd == m_wakeFd) {
            drainWakeUps();
            continue;
        }
        // Errors and hang-ups wake readers and writers alike, as poll() would.
        if (ready & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            handled += activateSocket(fd, QSocketNotifier::Read);
        if (ready & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            handled += activateSocket(fd, QSocketNotifier::Write);
        if (ready & EPOLLPRI)
            handled += activateSocket(fd, QSocketNotifier::Exception);
    }
    return handled;
}

bool EpollEventDispatcher::activateSocket(int fd, int type)
{
    // Looked up again each time: an earlier activation may have removed this notifier.
    const auto it = m_sockets.constFind(fd);
    if (it == m_sockets.cend())
        return false;
    QSocketNotifier *notifier = const_cast<SocketNotifiers &>(*it).slot(type);
    if (!notifier)
        return false;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
    return true;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const bool existed = m_sockets.contains(fd);
    SocketNotifiers &notifiers = m_sockets[fd];
    QSocketNotifier *&slot = notifiers.slot(notifier->type());
    if (slot && slot != notifier)
        qWarning("EpollEventDispatcher: several notifiers of one type for socket %d", fd);
    slot = notifier;
    updateEpoll(fd, notifiers, existed);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_sockets.find(fd);
    if (it == m_sockets.end())
        return;
    QSocketNotifier *&slot = it->slot(notifier->type());
    if (slot != notifier)
        return;
    slot = nullptr;
    if (it->isEmpty()) {
        m_sockets.erase(it);
        // The descriptor may already be closed; epoll forgot it then, which is fine.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        return;
    }
    updateEpoll(fd, *it, true);
}

void EpollEventDispatcher::updateEpoll(int fd, const SocketNotifiers &notifiers, bool existed)
{
    epoll_event event = {};
    event.events = notifiers.epollEvents();
    event.data.fd = fd;
    if (epoll_ctl(m_epoll, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    // Qt may reuse a descriptor number whose old registration we never saw removed.
    if (errno == ENOENT)
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    else if (errno == EEXIST)
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    else
        qWarning("EpollEventDispatcher: cannot watch socket %d: %s", fd, strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer timer;
    // Very coarse timers keep whole seconds only, as Qt documents.
    timer.interval = timerType == Qt::VeryCoarseTimer ? ((interval + 500) / 1000) * 1000 : interval;
    timer.type = timerType;
    timer.object = object;
    unregisterTimer(timerId);
    schedule(timerId, m_timers.insert(timerId, timer).value(), monotonicUs());
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, qint64 now)
{
    m_deadlines.erase({timer.deadline, timerId});
    timer.deadline = now + timer.interval * 1000;
    m_deadlines.insert({timer.deadline, timerId});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return false;
    m_deadlines.erase({it->deadline, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    QList<int> ids;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            ids.append(it.key());
    }
    for (int id : std::as_const(ids))
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> result;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            result.append(TimerInfo(it.key(), int(it->interval), it->type));
    }
    return result;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(ceilMs(it->deadline - monotonicUs()));
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = monotonicUs();
    // Collect first: timer events may add, remove or reschedule timers.
    QList<int> due;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= now; ++it)
        due.append(it->second);
    int fired = 0;
    for (int timerId : std::as_const(due)) {
        auto it = m_timers.find(timerId);
        if (it == m_timers.end() || it->firing || it->deadline > now)
            continue;
        schedule(timerId, *it, now);
        it->firing = true;
        QObject *object = it->object;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        it = m_timers.find(timerId); // the handler may have killed or restarted it
        if (it != m_timers.end())
            it->firing = false;
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    quint64 count;
    while (::read(m_wakeFd, &count, sizeof count) > 0) {
    }
}

bool installEpollEventDispatcher()
{
    if (qEnvironmentVariableIsSet("PAPO_QT_DISPATCHER"))
        return false; // escape hatch: compare with Qt's own dispatcher
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    return true;
}

} // namespace papo::common
