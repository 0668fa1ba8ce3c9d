#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Settings → Widget (INS-1..3, WID-2, WID-3, RAT-1): the websites and their widget, for
// owners and admins.
class WebsiteRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void websites(OperatorCall &call);
    static void updateWebsite(OperatorCall &call);
};

} // namespace papo::server
