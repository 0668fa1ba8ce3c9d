#pragma once

#include "operatorroutes.h"

namespace papo::server {

// One's own account: changing the password and the devices signed in to it; and an admin's
// password reset for a teammate.
class AccountRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void changePassword(OperatorCall &call);
    static void devices(OperatorCall &call);
    static void logOutDevice(OperatorCall &call);
    static void logOutEverywhere(OperatorCall &call);
    static void resetPassword(OperatorCall &call);
};

} // namespace papo::server
