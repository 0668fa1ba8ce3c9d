#pragma once

#include "operatorroutes.h"

#include <errorcode.h>
#include <reportservice.h>

#include <QJsonObject>

#include <optional>

namespace papo::server {

// Reports (REP-1): owners and admins see everyone's figures; an operator only their own.
class ReportRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);

    // A report's parameters (docs/protocol.md, `report`) as `caller` may ask for them; nullopt
    // with the error to answer otherwise. The HTTP CSV export reads the same.
    static std::optional<ReportQuery> readQuery(const QJsonObject &data,
                                                const OperatorRecord &caller,
                                                common::ErrorCode *code, QString *message);

private:
    static void report(OperatorCall &call);
};

} // namespace papo::server
