#include "availabilityrequests.h"

#include "operatorcall.h"

#include <accountrepository.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <slowresponsewatcher.h>
#include <workinghoursrepository.h>
#include <workingschedule.h>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

void AvailabilityRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::SetStatus, {&setStatus});
    routes.insert(MessageType::WorkingHours, {&workingHours, Access::Anyone, true});
    routes.insert(MessageType::SetWorkingHours, {&setWorkingHours});
    routes.insert(MessageType::SlowAlerts, {&slowAlerts, Access::Anyone, true});
    routes.insert(MessageType::SetSlowAlerts, {&setSlowAlerts});
    routes.insert(MessageType::Active, {&active});
}

void AvailabilityRequests::setStatus(OperatorCall &call)
{
    FieldReader fields(call.data());
    const QString name = fields.requiredString(QStringLiteral("status"), 1, 16);
    common::OperatorStatus status;
    if (fields.ok() && !common::parseOperatorStatus(name, &status)) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("\"status\" must be online, invisible or offline."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    if (!call.context().presence.setStatus(call.caller().id, status)) {
        call.fail(ErrorCode::Internal, QStringLiteral("The status could not be saved."));
        return;
    }
    call.acknowledge({{QLatin1String("status"), name}});
}

void AvailabilityRequests::workingHours(OperatorCall &call)
{
    WorkingHoursRepository hours(call.context().accounts.database());
    call.acknowledge({{QLatin1String("days"), hours.schedule(call.caller().id).toJson()}});
}

void AvailabilityRequests::setWorkingHours(OperatorCall &call)
{
    QString error;
    const auto schedule
        = common::WorkingSchedule::fromJson(call.data().value(QLatin1String("days")), &error);
    if (schedule && error.isEmpty())
        error = schedule->validationError(); // HRS-2
    if (!error.isEmpty()) {
        call.fail(ErrorCode::InvalidField, error);
        return;
    }
    WorkingHoursRepository hours(call.context().accounts.database());
    if (!hours.save(call.caller().id, *schedule)) {
        call.fail(ErrorCode::Internal, QStringLiteral("The working hours could not be saved."));
        return;
    }
    call.acknowledge({{QLatin1String("days"), schedule->toJson()}});
}

void AvailabilityRequests::slowAlerts(OperatorCall &call)
{
    const SlowResponseWatcher &watcher = call.context().slowResponses;
    call.acknowledge({{QLatin1String("notifyWhenSlow"), watcher.isOptedIn(call.caller().id)},
                      {QLatin1String("thresholdSeconds"), watcher.thresholdSeconds()}});
}

void AvailabilityRequests::setSlowAlerts(OperatorCall &call)
{
    FieldReader fields(call.data());
    const bool notifyWhenSlow = fields.optionalBool(QStringLiteral("notifyWhenSlow"), false);
    const int threshold = int(fields.optionalInteger(QStringLiteral("thresholdSeconds"), 0,
                                                     SlowResponseWatcher::MinThresholdSeconds,
                                                     SlowResponseWatcher::MaxThresholdSeconds));
    if (call.rejectInvalid(fields))
        return;
    // STA-5: each operator opts in for themselves; the threshold is the account's.
    const bool changesOptIn = call.data().value(QLatin1String("notifyWhenSlow")).isBool();
    const bool changesThreshold = call.data().value(QLatin1String("thresholdSeconds")).isDouble();
    if (changesThreshold && !call.requireAdmin())
        return;
    SlowResponseWatcher &watcher = call.context().slowResponses;
    const bool saved = (!changesOptIn || watcher.setOptedIn(call.caller().id, notifyWhenSlow))
                       && (!changesThreshold || watcher.setThresholdSeconds(threshold));
    if (!saved) {
        call.fail(ErrorCode::Internal, QStringLiteral("The option could not be saved."));
        return;
    }
    slowAlerts(call);
}

void AvailabilityRequests::active(OperatorCall &call)
{
    call.acknowledge(); // the session noted the activity (NOT-2)
}

} // namespace papo::server
