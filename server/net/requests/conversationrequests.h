#pragma once

#include "operatorroutes.h"

namespace papo::server {

// Conversations and their messages: lists, history, sending, typing, edits, read marks,
// the queue (dismiss, join), group chats and hand-over, close/reopen and search.
class ConversationRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void conversations(OperatorCall &call);
    static void history(OperatorCall &call);
    static void send(OperatorCall &call);
    static void typing(OperatorCall &call);
    static void dismiss(OperatorCall &call);
    static void startConversation(OperatorCall &call);
    static void edit(OperatorCall &call);
    static void read(OperatorCall &call);
    static void addOperator(OperatorCall &call);
    static void handOver(OperatorCall &call);
    static void close(OperatorCall &call);
    static void reopen(OperatorCall &call);
    static void setClosed(OperatorCall &call, bool closed);
    static void search(OperatorCall &call);
    static void join(OperatorCall &call);
};

} // namespace papo::server
