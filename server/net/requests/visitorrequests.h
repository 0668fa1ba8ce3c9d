#pragma once

#include "operatorroutes.h"

namespace papo::server {

// What operators know of visitors: the visitors online (VIS), one visitor's details, their
// contact fields and notes (PAN-2), their group (GRP-2).
class VisitorRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

private:
    static void visitors(OperatorCall &call);
    static void visitor(OperatorCall &call);
    static void updateVisitor(OperatorCall &call);
    static void addNote(OperatorCall &call);
    static void setVisitorGroup(OperatorCall &call);
};

} // namespace papo::server
