#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <set>

struct epoll_event;

namespace papo::common {

// A Linux event dispatcher whose cost per wake-up follows the sockets that are ready, not
// the sockets that exist: Qt's stock dispatchers poll() every registered socket each time,
// which dominates once thousands of visitors hold a WebSocket open. Socket notifiers live in
// one epoll set (level-triggered, like poll); timers in a deadline-ordered set; posted events
// and cross-thread wake-ups arrive through an eventfd.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct SocketNotifiers
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        QSocketNotifier *&slot(int type);
        unsigned epollEvents() const;
        bool isEmpty() const { return !read && !write && !exception; }
    };
    struct Timer
    {
        qint64 interval = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadline = 0; // CLOCK_MONOTONIC microseconds
        bool firing = false; // inside its own timer event: not re-entered by nested loops
    };

    void updateEpoll(int fd, const SocketNotifiers &notifiers, bool existed);
    int waitTimeout(bool canWait) const;
    int dispatchSocketEvents(const ::epoll_event *events, int count);
    bool activateSocket(int fd, int type);
    int activateTimers();
    void schedule(int timerId, Timer &timer, qint64 now);
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_interrupted{false};
    QHash<int, SocketNotifiers> m_sockets;
    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline, timer id), earliest first
};

// Installs EpollEventDispatcher for the main thread; call before QCoreApplication exists.
// Returns false, leaving Qt's default, when PAPO_QT_DISPATCHER is set (for comparisons).
bool installEpollEventDispatcher();

} // namespace papo::common
