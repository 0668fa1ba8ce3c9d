#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <unordered_map>

namespace papo::server {

// Every deadline of the server — idle connections now, queue returns and bot delays later —
// in one ordered map behind one timer, instead of a QTimer per connection.
class DeadlineScheduler final : public QObject
{
    Q_OBJECT

public:
    using MonotonicClock = std::function<qint64()>; // milliseconds
    using Callback = std::function<void()>;

    explicit DeadlineScheduler(MonotonicClock clock = {}, QObject *parent = nullptr);

    qint64 now() const { return m_clock(); }
    // Runs `callback` once, at or after `deadline` (in now()'s milliseconds). Returns an id.
    quint64 scheduleAt(qint64 deadline, Callback callback);
    bool cancel(quint64 id);
    int pending() const { return int(m_byId.size()); }

    // Runs everything due now; the timer calls it, tests with a fake clock call it directly.
    int runDue();

private:
    void arm();

    MonotonicClock m_clock;
    QTimer m_timer;
    std::multimap<qint64, std::pair<quint64, Callback>> m_byDeadline;
    std::unordered_map<quint64, decltype(m_byDeadline)::iterator> m_byId;
    quint64 m_nextId = 1;
};

} // namespace papo::server
