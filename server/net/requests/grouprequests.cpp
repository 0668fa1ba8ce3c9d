#include "grouprequests.h"

#include "operatorcall.h"

#include <fieldreader.h>
#include <groupservice.h>
#include <messagetypes.h>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

QJsonObject groupJson(const GroupRecord &group)
{
    QJsonArray members;
    for (qint64 operatorId : group.operatorIds)
        members.append(operatorId);
    return {{QLatin1String("id"), group.id},
            {QLatin1String("websiteId"), group.websiteId},
            {QLatin1String("name"), group.name},
            {QLatin1String("key"), group.key},
            {QLatin1String("operatorIds"), members}};
}

void answer(OperatorCall &call, const GroupResult &result)
{
    if (result.ok())
        call.acknowledge({{QLatin1String("group"), groupJson(result.group)}});
    else
        call.fail(result.error, result.message);
}

} // namespace

QJsonArray GroupRequests::groupsJson(const GroupService &groups)
{
    QJsonArray list;
    const auto all = groups.groups();
    for (const GroupRecord &group : all)
        list.append(groupJson(group));
    return list;
}

void GroupRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::Groups, {&groups, Access::Anyone, true});
    routes.insert(MessageType::SaveGroup, {&saveGroup, Access::Admin});
    routes.insert(MessageType::SetGroupMembers, {&setGroupMembers, Access::Admin});
    routes.insert(MessageType::DeleteGroup, {&deleteGroup, Access::Admin});
}

void GroupRequests::groups(OperatorCall &call)
{
    call.acknowledge({{QLatin1String("groups"), groupsJson(call.context().groups)}});
}

void GroupRequests::saveGroup(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id
        = fields.optionalInteger(QStringLiteral("id"), 0, 1, std::numeric_limits<qint32>::max());
    const QString name = fields.requiredString(QStringLiteral("name"), 1, 200);
    const bool hasKey = call.data().contains(QLatin1String("key"));
    const QString key = fields.optionalString(QStringLiteral("key"), 200);
    const qint64 websiteId = fields.optionalInteger(QStringLiteral("websiteId"), 0, 1,
                                                    std::numeric_limits<qint32>::max());
    if (call.rejectInvalid(fields))
        return;
    GroupService &groups = call.context().groups;
    if (id != 0) {
        answer(call, groups.rename(id, name, hasKey ? std::optional(key) : std::nullopt));
        return;
    }
    // Without a website: the first one (a single-website installation needs no choice).
    const auto websites = call.context().accounts.websites();
    const qint64 website = websiteId != 0 ? websiteId : websites.value(0).id;
    answer(call, groups.create(website, name, key));
}

void GroupRequests::setGroupMembers(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 groupId = fields.requiredId(QStringLiteral("groupId"));
    const QJsonValue members = call.data().value(QLatin1String("operatorIds"));
    if (call.rejectInvalid(fields))
        return;
    QList<qint64> operatorIds;
    const QJsonArray list = members.toArray();
    bool valid = members.isArray() && list.size() <= 1000;
    for (const QJsonValue &member : list) {
        valid = valid && member.isDouble() && member.toInteger() > 0
                && member.toDouble() == double(member.toInteger());
        operatorIds.append(member.toInteger());
    }
    if (!valid) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("\"operatorIds\" must be a list of operator ids."));
        return;
    }
    answer(call, call.context().groups.setMembers(groupId, operatorIds));
}

void GroupRequests::deleteGroup(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 groupId = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    const GroupResult result = call.context().groups.remove(groupId);
    if (result.ok())
        call.acknowledge();
    else
        call.fail(result.error, result.message);
}

} // namespace papo::server
