#pragma once

#include <protocol/workingschedule.h>

#include <QObject>

#include <functional>

namespace papo::desk {

class ServerConnection;
class WorkingHoursScheduler;

// The operator's working hours as the server keeps them (HRS-1): fetched after every hello,
// so they follow the operator to any machine, saved from the dialog, and handed to the
// scheduler.
class WorkingHoursController final : public QObject
{
    Q_OBJECT

public:
    WorkingHoursController(ServerConnection *connection, WorkingHoursScheduler *scheduler,
                           QObject *parent = nullptr);

    const papo::common::WorkingSchedule &schedule() const;
    // The server's schedule arrived in this session: until then there is nothing to edit.
    bool isLoaded() const { return m_loaded; }
    // `done` gets an empty string once stored, else the reason (the server's message for a
    // refused schedule, HRS-2). Not called once `context` is gone.
    using SaveDone = std::function<void(const QString &error)>;
    void save(const papo::common::WorkingSchedule &schedule, QObject *context, SaveDone done);

signals:
    void scheduleChanged(const papo::common::WorkingSchedule &schedule);

private:
    void fetch();

    ServerConnection *m_connection;
    WorkingHoursScheduler *m_scheduler;
    bool m_loaded = false;
};

} // namespace papo::desk
