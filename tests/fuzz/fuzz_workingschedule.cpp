// HRS: the `days` of set_working_hours.
#include "fuzzinput.h"

#include <workingschedule.h>

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(papo::fuzz::bytes(data, size));
    QString error;
    const auto schedule = papo::common::WorkingSchedule::fromJson(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &error);
    papo::fuzz::require(schedule.has_value() == error.isEmpty(), "a schedule or a reason");
    if (schedule) {
        QString again;
        papo::fuzz::require(
            papo::common::WorkingSchedule::fromJson(schedule->toJson(), &again).has_value(),
            "what it writes, it reads");
    }
    return 0;
}
