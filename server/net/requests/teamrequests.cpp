#include "teamrequests.h"

#include "operatorcall.h"

#include <fieldreader.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <teamjson.h>
#include <teamservice.h>

#include <QRegularExpression>
#include <QUrl>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

void TeamRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::Team, {&team});
    routes.insert(MessageType::UpdateProfile, {&updateProfile});
    // TeamService decides which roles may invite, change roles and deactivate whom.
    routes.insert(MessageType::Invite, {&invite});
    routes.insert(MessageType::SetRole, {&setRole});
    routes.insert(MessageType::SetActive, {&setActive});
    routes.insert(MessageType::UpdateTeam, {&updateTeam, Access::Admin});
}

void TeamRequests::team(OperatorCall &call)
{
    ServerContext &context = call.context();
    call.acknowledge({{QLatin1String("operators"), teamJson(context.accounts, context.presence)},
                      {QLatin1String("teamName"), context.accounts.teamName()}});
}

void TeamRequests::updateTeam(OperatorCall &call)
{
    FieldReader fields(call.data());
    const QString name = fields.requiredString(QStringLiteral("name"), 0, 100);
    if (call.rejectInvalid(fields))
        return;
    call.answer(call.context().team.setTeamName(call.caller(), name),
                {{QLatin1String("teamName"), call.context().accounts.teamName()}});
}

void TeamRequests::updateProfile(OperatorCall &call)
{
    FieldReader fields(call.data());
    std::optional<QString> name;
    std::optional<QString> title;
    if (call.data().contains(QLatin1String("name")))
        name = fields.requiredString(QStringLiteral("name"), 1, 100).trimmed();
    if (call.data().contains(QLatin1String("title")))
        title = fields.requiredString(QStringLiteral("title"), 0, 100).trimmed();
    if (fields.ok() && name && name->isEmpty()) {
        call.fail(ErrorCode::InvalidField, QStringLiteral("\"name\" may not be empty."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    ServerContext &context = call.context();
    const qint64 operatorId = call.caller().id;
    const ServiceResult result = context.team.updateProfile(operatorId, name, title);
    const auto updated = context.accounts.operatorById(operatorId);
    call.answer(result, {{QLatin1String("operator"),
                          operatorJson(*updated, context.presence.status(operatorId))}});
}

void TeamRequests::invite(OperatorCall &call)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    FieldReader fields(call.data());
    const QString email = fields.requiredString(QStringLiteral("email"), 3, 254).trimmed();
    const QString role = fields.requiredString(QStringLiteral("role"), 1, 16);
    if (fields.ok() && !emailPattern.match(email).hasMatch()) {
        call.fail(ErrorCode::InvalidField, QStringLiteral("\"email\" is not an email address."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    IssuedLink issued;
    const ServiceResult result = call.context().team.invite(call.caller(), email, role, &issued);
    const QUrl link = OneTimeLink::url(call.linkBase(), OneTimeLink::InvitePage, issued.token);
    call.answer(result, {{QLatin1String("token"), issued.token},
                         {QLatin1String("link"), link.toString()},
                         {QLatin1String("expiresAt"),
                          issued.expiresAt.toUTC().toString(Qt::ISODateWithMs)}});
}

void TeamRequests::setRole(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    const QString role = fields.requiredString(QStringLiteral("role"), 1, 16);
    if (call.rejectInvalid(fields))
        return;
    call.answer(call.context().team.setRole(call.caller(), operatorId, role));
}

void TeamRequests::setActive(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    const bool active = fields.optionalBool(QStringLiteral("active"), true);
    if (!call.data().value(QLatin1String("active")).isBool()) {
        call.fail(ErrorCode::InvalidField, QStringLiteral("\"active\" must be true or false."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    call.answer(call.context().team.setActive(call.caller(), operatorId, active));
}

} // namespace papo::server
