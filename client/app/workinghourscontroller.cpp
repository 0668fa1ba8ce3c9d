#include "workinghourscontroller.h"

#include "net/serverconnection.h"
#include "workinghoursscheduler.h"

#include <protocol/messagetypes.h>

#include <QLoggingCategory>
#include <QPointer>

namespace papo::desk {

namespace {
Q_LOGGING_CATEGORY(lcHours, "papo.desk.hours")
namespace MessageType = papo::common::MessageType;
using papo::common::WorkingSchedule;
} // namespace

WorkingHoursController::WorkingHoursController(ServerConnection *connection,
                                               WorkingHoursScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_scheduler(scheduler)
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this,
            &WorkingHoursController::fetch);
    connect(m_connection, &ServerConnection::stateChanged, this, [this] {
        if (m_connection->state() == ServerConnection::State::Idle)
            m_loaded = false; // logged out: the next account's schedule is not known yet
    });
}

const WorkingSchedule &WorkingHoursController::schedule() const
{
    return m_scheduler->schedule();
}

void WorkingHoursController::fetch()
{
    m_connection->request(MessageType::WorkingHours, {}, this, [this](const RequestReply &reply) {
        QString error;
        const auto schedule
            = reply.ok ? WorkingSchedule::fromJson(reply.data.value(QLatin1String("days")), &error)
                       : std::nullopt;
        if (!schedule) {
            if (reply.errorCode != RequestReply::Disconnected)
                qCWarning(lcHours)
                    << "working_hours refused:" << reply.errorCode << reply.errorMessage << error;
            return;
        }
        m_loaded = true;
        m_scheduler->setSchedule(*schedule);
        emit scheduleChanged(*schedule);
    });
}

void WorkingHoursController::save(const WorkingSchedule &schedule, QObject *context, SaveDone done)
{
    m_connection->request(
        MessageType::SetWorkingHours, {{QLatin1String("days"), schedule.toJson()}}, context,
        [this, done = std::move(done)](const RequestReply &reply) {
            QString error;
            const auto stored
                = reply.ok
                      ? WorkingSchedule::fromJson(reply.data.value(QLatin1String("days")), &error)
                      : std::nullopt;
            if (!stored) {
                done(reply.errorCode == RequestReply::Disconnected
                         ? tr("Not connected to the server. Try again once connected.")
                     : reply.errorMessage.isEmpty() ? reply.errorCode + error
                                                    : reply.errorMessage);
                return;
            }
            m_scheduler->setSchedule(*stored);
            emit scheduleChanged(*stored);
            done(QString());
        });
}

} // namespace papo::desk
