#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Help Scout (INT-3, docs/integrations.md): its settings, for owners and admins (the app's
// secret never comes back), and exporting a chat, for anyone who sees it.
class HelpScoutRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void settings(OperatorCall &call);
    static void saveSettings(OperatorCall &call);
    static void exportConversation(OperatorCall &call);
};

} // namespace papo::server
