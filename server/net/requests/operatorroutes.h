#pragma once

#include <QHash>
#include <QString>

namespace papo::server {

class OperatorCall;

// Who may make a request at all; finer rules (ownership, visibility) live in the handlers
// and the services they call.
enum class Access {
    Anyone, // any signed-in, active operator
    Admin,  // owners and admins (TEAM-2: operators have no access to settings)
};

struct OperatorRoute
{
    void (*handle)(OperatorCall &call) = nullptr;
    Access access = Access::Anyone;
    // Requests papo-desk makes by itself (after hello, on a timer): they say nothing about
    // which client the operator is using (NOT-2).
    bool background = false;
};

using OperatorRoutes = QHash<QString, OperatorRoute>;

// Every operator request type but hello, each feature area adding its own.
const OperatorRoutes &operatorRoutes();

} // namespace papo::server
