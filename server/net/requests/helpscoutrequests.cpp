#include "helpscoutrequests.h"

#include "operatorcall.h"

#include <fieldreader.h>
#include <helpscoutservice.h>
#include <messagetypes.h>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

// Never the secret itself: only whether there is one.
QJsonObject settingsJson(const HelpScoutSettings &settings)
{
    return {{QLatin1String("appId"), settings.appId},
            {QLatin1String("secretSet"), !settings.appSecret.isEmpty()},
            {QLatin1String("mailboxId"), settings.mailboxId},
            {QLatin1String("baseUrl"), settings.apiBase()},
            {QLatin1String("exportOnClose"), settings.exportOnClose},
            {QLatin1String("connected"), settings.connected()}};
}

} // namespace

void HelpScoutRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::HelpScoutSettings, {&settings, Access::Admin});
    routes.insert(MessageType::SaveHelpScoutSettings, {&saveSettings, Access::Admin});
    routes.insert(MessageType::ExportToHelpScout,
                  {&exportConversation, Access::Anyone, false, Subject::Conversation});
}

void HelpScoutRequests::settings(OperatorCall &call)
{
    call.acknowledge(settingsJson(call.context().helpScout.settings()));
}

void HelpScoutRequests::saveSettings(OperatorCall &call)
{
    FieldReader fields(call.data());
    HelpScoutSettings settings;
    settings.appId = fields.optionalString(QStringLiteral("appId"), 200);
    settings.appSecret = fields.optionalString(QStringLiteral("appSecret"), 200);
    settings.mailboxId = fields.optionalInteger(QStringLiteral("mailboxId"), 0, 0, 1LL << 53);
    settings.baseUrl = fields.optionalString(QStringLiteral("baseUrl"), 2000);
    settings.exportOnClose = fields.optionalBool(QStringLiteral("exportOnClose"), false);
    if (call.rejectInvalid(fields))
        return;
    HelpScoutService &service = call.context().helpScout;
    const QString problem = service.save(settings);
    if (!problem.isEmpty()) {
        call.fail(ErrorCode::InvalidField, problem);
        return;
    }
    call.acknowledge(settingsJson(service.settings()));
}

void HelpScoutRequests::exportConversation(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (call.rejectInvalid(fields))
        return;
    using Result = HelpScoutExports::Result;
    const HelpScoutExports::Outcome outcome
        = call.context().helpScout.exportConversation(conversationId);
    switch (outcome.result) {
    case Result::Queued:
    case Result::AlreadyThere:
        call.acknowledge(
            {{QLatin1String("deliveryId"), outcome.deliveryId},
             {QLatin1String("alreadyExported"), outcome.result == Result::AlreadyThere}});
        return;
    case Result::NotConnected:
        call.fail(ErrorCode::Forbidden,
                  QStringLiteral("Help Scout is not connected: an admin sets it up in "
                                 "Settings → Help Scout."));
        return;
    case Result::NoEmail:
        call.fail(ErrorCode::Forbidden,
                  QStringLiteral("Help Scout files conversations under the customer's email, "
                                 "and this visitor has not given one."));
        return;
    case Result::NoMessages:
        call.fail(ErrorCode::Forbidden, QStringLiteral("This chat has no messages to export."));
        return;
    case Result::Failed:
        break;
    }
    call.fail(ErrorCode::Internal, QStringLiteral("The export could not be stored."));
}

} // namespace papo::server
