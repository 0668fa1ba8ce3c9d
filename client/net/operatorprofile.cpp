#include "operatorprofile.h"

namespace papo::desk {

OperatorProfile OperatorProfile::fromJson(const QJsonObject &object)
{
    OperatorProfile profile;
    profile.id = object.value(QLatin1String("id")).toInteger();
    profile.name = object.value(QLatin1String("name")).toString();
    profile.email = object.value(QLatin1String("email")).toString();
    profile.role = object.value(QLatin1String("role")).toString();
    profile.profilePending = object.value(QLatin1String("profilePending")).toBool();
    if (!papo::common::parseOperatorStatus(object.value(QLatin1String("status")).toString(),
                                           &profile.status))
        profile.status = papo::common::OperatorStatus::Offline;
    return profile;
}

} // namespace papo::desk
