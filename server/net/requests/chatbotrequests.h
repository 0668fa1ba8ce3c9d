#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Settings → Chatbot (BOT-1…4), for owners and admins: the scenarios, save (every rule
// checked, the offending node named), delete.
class ChatbotRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void scenarios(OperatorCall &call);
    static void saveScenario(OperatorCall &call);
    static void deleteScenario(OperatorCall &call);
};

} // namespace papo::server
