#include "emailrequests.h"

#include "operatorcall.h"

#include <accountrepository.h>
#include <emailservice.h>
#include <fieldreader.h>
#include <groupservice.h>
#include <isotime.h>
#include <messagetypes.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

QJsonObject settingsJson(EmailService &email, AccountRepository &accounts, GroupService &groups)
{
    const EmailSettingsRecord settings = email.settings();
    QJsonArray websites;
    const auto allWebsites = accounts.websites();
    for (const WebsiteRecord &website : allWebsites)
        websites.append(
            QJsonObject{{QLatin1String("id"), website.id},
                        {QLatin1String("name"), website.name},
                        {QLatin1String("teamEmails"), email.websiteTeamEmails(website.id)},
                        {QLatin1String("visitorEmailDelaySeconds"),
                         email.visitorEmailDelaySeconds(website.id)}});
    QJsonArray groupList;
    const auto allGroups = groups.groups();
    for (const GroupRecord &group : allGroups)
        groupList.append(
            QJsonObject{{QLatin1String("id"), group.id},
                        {QLatin1String("name"), group.name},
                        {QLatin1String("teamEmails"), email.groupTeamEmails(group.id)}});
    // Never the password itself: only whether there is one.
    return {{QLatin1String("host"), settings.host},
            {QLatin1String("port"), settings.port},
            {QLatin1String("security"), settings.security},
            {QLatin1String("user"), settings.user},
            {QLatin1String("passwordSet"), !settings.password.isEmpty()},
            {QLatin1String("from"), settings.from},
            {QLatin1String("websites"), websites},
            {QLatin1String("groups"), groupList}};
}

QJsonObject deliveryJson(const OutboxEntry &entry)
{
    const auto time = [](const QDateTime &at) { return common::toIsoTime(at); };
    // Where it goes: a webhook's or Slack's URL, a team email's addresses.
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    const QString target = payload.value(QLatin1String("url"))
                               .toString(payload.value(QLatin1String("to")).toString());
    return {{QLatin1String("id"), entry.id},
            {QLatin1String("kind"), entry.kind},
            {QLatin1String("target"), target},
            {QLatin1String("purpose"), entry.purpose},
            {QLatin1String("status"), entry.status},
            {QLatin1String("attempts"), entry.attempts},
            {QLatin1String("lastError"), entry.lastError},
            {QLatin1String("createdAt"), time(entry.createdAt)},
            {QLatin1String("nextAttemptAt"),
             entry.status == QLatin1String("pending") ? time(entry.nextAttemptAt) : QString()},
            {QLatin1String("finishedAt"), time(entry.finishedAt)}};
}

} // namespace

void EmailRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::EmailSettings, {&emailSettings, Access::Admin});
    routes.insert(MessageType::SaveEmailSettings, {&saveEmailSettings, Access::Admin});
    routes.insert(MessageType::SendTestEmail, {&sendTestEmail, Access::Admin});
    routes.insert(MessageType::Deliveries, {&deliveries, Access::Admin});
    routes.insert(MessageType::RetryDelivery, {&retryDelivery, Access::Admin});
}

void EmailRequests::emailSettings(OperatorCall &call)
{
    ServerContext &context = call.context();
    call.acknowledge(settingsJson(context.email, context.accounts, context.groups));
}

void EmailRequests::saveEmailSettings(OperatorCall &call)
{
    FieldReader fields(call.data());
    EmailService &email = call.context().email;
    EmailSettingsRecord settings = email.settings();
    settings.host = fields.optionalString(QStringLiteral("host"), 253).trimmed();
    settings.port = int(fields.optionalInteger(QStringLiteral("port"), 587, 1, 65535));
    settings.security = fields.optionalString(QStringLiteral("security"), 16);
    if (settings.security.isEmpty())
        settings.security = QStringLiteral("starttls");
    settings.user = fields.optionalString(QStringLiteral("user"), 200);
    settings.password = fields.optionalString(QStringLiteral("password"), 200);
    settings.from = fields.optionalString(QStringLiteral("from"), 300).trimmed();
    const bool clearPassword = fields.optionalBool(QStringLiteral("clearPassword"), false);
    if (call.rejectInvalid(fields))
        return;
    // The mail server first, then each website and group; the first problem stops the rest.
    const QJsonArray websites = call.data().value(QLatin1String("websites")).toArray();
    const QJsonArray groups = call.data().value(QLatin1String("groups")).toArray();
    QString problem = email.save(settings, clearPassword);
    for (const QJsonValue &value : websites) {
        if (!problem.isEmpty())
            break;
        const QJsonObject website = value.toObject();
        problem = email.setWebsiteEmail(
            website.value(QLatin1String("id")).toInteger(),
            website.value(QLatin1String("teamEmails")).toString(),
            website.value(QLatin1String("visitorEmailDelaySeconds")).toInt(300));
    }
    for (const QJsonValue &value : groups) {
        if (!problem.isEmpty())
            break;
        const QJsonObject group = value.toObject();
        problem = email.setGroupEmails(group.value(QLatin1String("id")).toInteger(),
                                       group.value(QLatin1String("teamEmails")).toString());
    }
    if (!problem.isEmpty()) {
        call.fail(ErrorCode::InvalidField, problem);
        return;
    }
    ServerContext &context = call.context();
    call.acknowledge(settingsJson(context.email, context.accounts, context.groups));
}

void EmailRequests::sendTestEmail(OperatorCall &call)
{
    FieldReader fields(call.data());
    const QString to = fields.requiredString(QStringLiteral("to"), 3, 254).trimmed();
    if (call.rejectInvalid(fields))
        return;
    QString normalised;
    if (!EmailService::checkAddresses(to, &normalised).isEmpty()
        || normalised.contains(QLatin1Char(','))) {
        call.fail(ErrorCode::InvalidField, QStringLiteral("to is not one email address."));
        return;
    }
    auto acknowledge = call.acknowledgeLater();
    call.context().email.sendTest(normalised, call.context().accounts.teamName(),
                                  [acknowledge](const SmtpResult &result) {
                                      // A refusal is an answer too: papo-desk shows it as is.
                                      acknowledge({{QLatin1String("ok"), result.ok},
                                                   {QLatin1String("code"), result.code},
                                                   {QLatin1String("reply"), result.reply}});
                                  });
}

void EmailRequests::deliveries(OperatorCall &call)
{
    QJsonArray list;
    const auto entries = call.context().email.deliveries(200);
    for (const OutboxEntry &entry : entries)
        list.append(deliveryJson(entry));
    call.acknowledge({{QLatin1String("deliveries"), list}});
}

void EmailRequests::retryDelivery(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    if (!call.context().email.retryNow(id)) {
        call.fail(ErrorCode::NotFound,
                  QStringLiteral("There is no delivery %1 waiting or failed.").arg(id));
        return;
    }
    call.acknowledge();
}

} // namespace papo::server
