#include "accountrequests.h"

#include "operatorcall.h"

#include <authservice.h>
#include <fieldreader.h>
#include <isotime.h>
#include <messagetypes.h>
#include <passwordrules.h>
#include <passwordservice.h>

#include <QJsonArray>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

// A password field: any text up to the rules' byte cap, checked by the service.
QString passwordField(const OperatorCall &call, const QString &name, bool *ok)
{
    const QJsonValue value = call.data().value(name);
    *ok = value.isString() && value.toString().toUtf8().size() <= PasswordRules::MaxBytes;
    return value.toString();
}

} // namespace

void AccountRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::ChangePassword, {&changePassword});
    // Listing one's devices says nothing about which client is in use (NOT-2).
    routes.insert(MessageType::Devices, {&devices, Access::Anyone, true});
    routes.insert(MessageType::LogOutDevice, {&logOutDevice});
    routes.insert(MessageType::LogOutEverywhere, {&logOutEverywhere});
    routes.insert(MessageType::ResetPassword, {&resetPassword, Access::Admin});
}

void AccountRequests::changePassword(OperatorCall &call)
{
    bool currentOk = false;
    bool replacementOk = false;
    const QString current = passwordField(call, QStringLiteral("currentPassword"), &currentOk);
    const QString replacement = passwordField(call, QStringLiteral("newPassword"), &replacementOk);
    FieldReader fields(call.data());
    const bool logOutOthers = fields.optionalBool(QStringLiteral("logOutOtherDevices"), false);
    if (call.rejectInvalid(fields))
        return;
    if (!currentOk || !replacementOk) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("\"currentPassword\" and \"newPassword\" must be texts of at "
                                 "most %1 bytes.")
                      .arg(PasswordRules::MaxBytes));
        return;
    }
    call.answer(call.context().passwords.change(call.caller(), call.deviceId(), current,
                                                replacement, logOutOthers, call.clientAddress()));
}

void AccountRequests::devices(OperatorCall &call)
{
    QJsonArray devices;
    const auto signedIn = call.context().auth.devices(call.caller().id);
    for (const DeviceRecord &device : signedIn)
        devices.append(
            QJsonObject{{QLatin1String("id"), device.id},
                        {QLatin1String("name"), device.name},
                        {QLatin1String("address"), device.address},
                        {QLatin1String("createdAt"), common::toIsoTime(device.createdAt)},
                        {QLatin1String("lastUsedAt"), common::toIsoTime(device.lastUsedAt)},
                        {QLatin1String("current"), device.id == call.deviceId()}});
    call.acknowledge({{QLatin1String("devices"), devices}});
}

void AccountRequests::logOutDevice(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 deviceId = fields.requiredId(QStringLiteral("deviceId"));
    if (call.rejectInvalid(fields))
        return;
    // Answered first: logging out this very device closes the socket the answer goes on.
    if (deviceId == call.deviceId())
        call.acknowledge();
    if (!call.context().auth.logOutDevice(call.caller().id, deviceId)) {
        call.fail(ErrorCode::NotFound,
                  QStringLiteral("You have no device %1 signed in.").arg(deviceId));
        return;
    }
    if (deviceId != call.deviceId())
        call.acknowledge();
}

void AccountRequests::logOutEverywhere(OperatorCall &call)
{
    FieldReader fields(call.data());
    const bool keepThisDevice = fields.optionalBool(QStringLiteral("keepThisDevice"), false);
    if (call.rejectInvalid(fields))
        return;
    call.acknowledge(); // before this device's socket may close
    call.context().auth.logOutEverywhere(call.caller().id, keepThisDevice ? call.deviceId() : 0);
}

void AccountRequests::resetPassword(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    if (call.rejectInvalid(fields))
        return;
    IssuedLink issued;
    const ServiceResult result
        = call.context().passwords.issueReset(call.caller(), operatorId, &issued);
    call.answer(
        result,
        {{QLatin1String("link"),
          OneTimeLink::url(call.linkBase(), OneTimeLink::ResetPage, issued.token).toString()},
         {QLatin1String("expiresAt"), common::toIsoTime(issued.expiresAt)}});
}

} // namespace papo::server
