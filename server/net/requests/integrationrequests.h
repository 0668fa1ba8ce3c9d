#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Settings → Integrations (INT-3), for owners and admins: webhooks (URL, events, a secret
// shown once), each website's Slack incoming-webhook URL, and the addresses allowed despite
// the SSRF rules (docs/integrations.md). Deliveries are EmailRequests' `deliveries`.
class IntegrationRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void webhooks(OperatorCall &call);
    static void saveWebhook(OperatorCall &call);
    static void deleteWebhook(OperatorCall &call);
    static void slackSettings(OperatorCall &call);
    static void saveSlackSettings(OperatorCall &call);
    static void saveAllowedAddresses(OperatorCall &call);
};

} // namespace papo::server
