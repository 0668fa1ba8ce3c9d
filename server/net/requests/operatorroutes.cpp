#include "operatorroutes.h"

#include "accountrequests.h"
#include "actionrequests.h"
#include "availabilityrequests.h"
#include "chatbotrequests.h"
#include "conversationrequests.h"
#include "emailrequests.h"
#include "grouprequests.h"
#include "helpscoutrequests.h"
#include "integrationrequests.h"
#include "reportrequests.h"
#include "savedreplyrequests.h"
#include "teamrequests.h"
#include "visitorrequests.h"
#include "websiterequests.h"

namespace papo::server {

const OperatorRoutes &operatorRoutes()
{
    static const OperatorRoutes routes = [] {
        OperatorRoutes table;
        ConversationRequests::registerIn(table);
        VisitorRequests::registerIn(table);
        TeamRequests::registerIn(table);
        WebsiteRequests::registerIn(table);
        SavedReplyRequests::registerIn(table);
        AvailabilityRequests::registerIn(table);
        AccountRequests::registerIn(table);
        GroupRequests::registerIn(table);
        ActionRequests::registerIn(table);
        ReportRequests::registerIn(table);
        EmailRequests::registerIn(table);
        IntegrationRequests::registerIn(table);
        HelpScoutRequests::registerIn(table);
        ChatbotRequests::registerIn(table);
        return table;
    }();
    return routes;
}

} // namespace papo::server
