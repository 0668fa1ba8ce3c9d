#pragma once

#include "operatorroutes.h"

#include <QJsonArray>

namespace papo::server {

class GroupService;

// Groups (GRP-1): everyone reads them (papo-desk shows each chat's group and offers them in
// the visitor panel); owners and admins create, rename and delete them and set their members.
class GroupRequests final
{
public:
    static void registerIn(OperatorRoutes &routes);
    // [{"id","websiteId","name","key","operatorIds"}]: the `groups` ack and event.
    static QJsonArray groupsJson(const GroupService &groups);

private:
    static void groups(OperatorCall &call);
    static void saveGroup(OperatorCall &call);
    static void setGroupMembers(OperatorCall &call);
    static void deleteGroup(OperatorCall &call);
};

} // namespace papo::server
