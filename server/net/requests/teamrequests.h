#pragma once

#include "operatorroutes.h"

namespace papo::server {

// The team (TEAM-1..3): the list and its name, one's own profile, invitations, roles and
// deactivation.
class TeamRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void team(OperatorCall &call);
    static void updateTeam(OperatorCall &call);
    static void updateProfile(OperatorCall &call);
    static void invite(OperatorCall &call);
    static void setRole(OperatorCall &call);
    static void setActive(OperatorCall &call);
};

} // namespace papo::server
