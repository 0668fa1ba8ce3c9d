#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Settings → Email and Integrations → Deliveries (INT-1, INT-2), for owners and admins: the
// SMTP settings (the password is write-only), the team's addresses per website and group,
// the test email with the mail server's exact answer, and the outbox's deliveries.
class EmailRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void emailSettings(OperatorCall &call);
    static void saveEmailSettings(OperatorCall &call);
    static void sendTestEmail(OperatorCall &call);
    static void deliveries(OperatorCall &call);
    static void retryDelivery(OperatorCall &call);
};

} // namespace papo::server
