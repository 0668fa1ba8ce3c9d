#pragma once

#include <QHash>
#include <QString>

namespace papo::server {

class OperatorCall;

// Who may make a request at all; finer rules (ownership) live in the handlers and the
// services they call.
enum class Access {
    Anyone, // any signed-in, active operator
    Admin,  // owners and admins (TEAM-2: operators have no access to settings)
};

// What the request names, which the caller must be able to see (GRP-1, ConversationAccess):
// the session checks it before the handler runs and answers not_found otherwise, exactly as
// for an id that does not exist. Lists filter by the same rule in their handlers.
enum class Subject {
    None,
    Conversation, // d.conversationId
    Visitor,      // d.visitorId
    Message,      // d.messageId: the conversation it belongs to
};

struct OperatorRoute
{
    void (*handle)(OperatorCall &call) = nullptr;
    Access access = Access::Anyone;
    // Requests papo-desk makes by itself (after hello, on a timer): they say nothing about
    // which client the operator is using (NOT-2).
    bool background = false;
    Subject subject = Subject::None;
};

using OperatorRoutes = QHash<QString, OperatorRoute>;

// Every operator request type but hello, each feature area adding its own.
const OperatorRoutes &operatorRoutes();

} // namespace papo::server
