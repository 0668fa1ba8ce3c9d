#pragma once

#include <protocol/workingschedule.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace papo::desk {

class ChatController;

// HRS-1, HRS-3: follows the operator's working hours on this machine's clock. When a
// working day starts the operator goes online, when it ends (still online) invisible, each
// with a signal for the tray's notice; an app started within working hours goes online.
// A timer looks at the clock at each change, and every minute in case the machine slept;
// tests inject the clock and call check() instead of waiting.
class WorkingHoursScheduler final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // local time

    explicit WorkingHoursScheduler(ChatController *controller, Clock clock = {},
                                   QObject *parent = nullptr);

    // The first schedule after start() or reset() applies HRS-3; later ones (edited, or
    // fetched again after a reconnection) only take effect at the next change.
    void setSchedule(const papo::common::WorkingSchedule &schedule);
    const papo::common::WorkingSchedule &schedule() const { return m_schedule; }
    bool isWorkingTime() const { return m_working; }
    void check();
    void reset(); // logged out: the next session starts afresh

signals:
    void workingDayStarted();
    void workingDayEnded();

private:
    void arm();

    ChatController *m_controller;
    Clock m_clock;
    papo::common::WorkingSchedule m_schedule;
    bool m_hasSchedule = false;
    bool m_working = false;
    QTimer m_timer;
};

} // namespace papo::desk
