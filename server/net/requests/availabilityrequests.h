#pragma once

#include "operatorroutes.h"

namespace papo::server {

// When an operator can be reached: status (STA-1..3), working hours (HRS), the STA-5
// option, and which client they use (NOT-2).
class AvailabilityRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void setStatus(OperatorCall &call);
    static void workingHours(OperatorCall &call);
    static void setWorkingHours(OperatorCall &call);
    static void slowAlerts(OperatorCall &call);
    static void setSlowAlerts(OperatorCall &call);
    static void active(OperatorCall &call);
};

} // namespace papo::server
