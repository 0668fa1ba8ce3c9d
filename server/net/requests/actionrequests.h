#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Automatic actions (ACT-1…6), for owners and admins: the list with this week's firings,
// save (validated, compiled), enable, duplicate, delete, templates and the website's rules.
class ActionRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void actions(OperatorCall &call);
    static void saveAction(OperatorCall &call);
    static void enableAction(OperatorCall &call);
    static void duplicateAction(OperatorCall &call);
    static void deleteAction(OperatorCall &call);
    static void templates(OperatorCall &call);
    static void settings(OperatorCall &call);
};

} // namespace papo::server
