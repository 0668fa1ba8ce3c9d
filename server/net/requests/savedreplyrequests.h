#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Saved replies (CHT-7): shared by the team, pushed to everyone when one changes.
class SavedReplyRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void savedReplies(OperatorCall &call);
    static void saveReply(OperatorCall &call);
    static void deleteReply(OperatorCall &call);
};

} // namespace papo::server
