#include "integrationrequests.h"

#include "operatorcall.h"

#include <accountrepository.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <webhookcauses.h>
#include <webhookservice.h>

#include <QJsonArray>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

QJsonArray texts(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray addressTexts(const QList<QHostAddress> &addresses)
{
    QJsonArray list;
    for (const QHostAddress &address : addresses)
        list.append(address.toString());
    return list;
}

// Never the secret: it is shown once, when the webhook is made.
QJsonObject webhookJson(const WebhookRecord &webhook)
{
    return {{QLatin1String("id"), webhook.id},
            {QLatin1String("url"), webhook.url},
            {QLatin1String("events"), texts(webhook.events)},
            {QLatin1String("createdAt"), webhook.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject webhooksJson(WebhookService &service)
{
    QJsonArray list;
    const auto all = service.webhooks();
    for (const WebhookRecord &webhook : all)
        list.append(webhookJson(webhook));
    return {{QLatin1String("webhooks"), list},
            {QLatin1String("events"), texts(WebhookCauses::eventNames())},
            {QLatin1String("allowedAddresses"), addressTexts(service.allowedAddresses())}};
}

QJsonObject slackJson(WebhookService &service, AccountRepository &accounts)
{
    QJsonArray websites;
    const auto all = accounts.websites();
    for (const WebsiteRecord &website : all)
        websites.append(QJsonObject{{QLatin1String("id"), website.id},
                                    {QLatin1String("name"), website.name},
                                    {QLatin1String("slackUrl"), service.slackUrl(website.id)}});
    return {{QLatin1String("websites"), websites}};
}

// A JSON array of texts, or what is wrong with it.
QString stringList(const QJsonValue &value, const QString &field, int max, QStringList *out)
{
    if (!value.isArray())
        return QStringLiteral("%1 must be a list of texts.").arg(field);
    const QJsonArray array = value.toArray();
    if (array.size() > max)
        return QStringLiteral("%1: at most %2.").arg(field).arg(max);
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return QStringLiteral("%1 must be a list of texts.").arg(field);
        out->append(item.toString());
    }
    return {};
}

} // namespace

void IntegrationRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::Webhooks, {&webhooks, Access::Admin});
    routes.insert(MessageType::SaveWebhook, {&saveWebhook, Access::Admin});
    routes.insert(MessageType::DeleteWebhook, {&deleteWebhook, Access::Admin});
    routes.insert(MessageType::SlackSettings, {&slackSettings, Access::Admin});
    routes.insert(MessageType::SaveSlackSettings, {&saveSlackSettings, Access::Admin});
    routes.insert(MessageType::SaveAllowedAddresses, {&saveAllowedAddresses, Access::Admin});
}

void IntegrationRequests::webhooks(OperatorCall &call)
{
    call.acknowledge(webhooksJson(call.context().webhooks));
}

void IntegrationRequests::saveWebhook(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.optionalInteger(QStringLiteral("id"), 0, 0, 1LL << 53);
    const QString url = fields.requiredString(QStringLiteral("url"), 1, 2000).trimmed();
    if (call.rejectInvalid(fields))
        return;
    QStringList events;
    const QString problem = stringList(call.data().value(QLatin1String("events")),
                                       QStringLiteral("events"), 20, &events);
    if (!problem.isEmpty()) {
        call.fail(ErrorCode::InvalidField, problem);
        return;
    }
    const WebhookService::Saved saved = call.context().webhooks.save(id, url, events);
    if (!saved.webhook) {
        call.fail(saved.notFound ? ErrorCode::NotFound : ErrorCode::InvalidField, saved.problem);
        return;
    }
    QJsonObject answer{{QLatin1String("webhook"), webhookJson(*saved.webhook)}};
    if (saved.created)
        answer.insert(QLatin1String("secret"), saved.webhook->secret);
    call.acknowledge(answer);
}

void IntegrationRequests::deleteWebhook(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    if (!call.context().webhooks.remove(id)) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no webhook %1.").arg(id));
        return;
    }
    call.acknowledge();
}

void IntegrationRequests::slackSettings(OperatorCall &call)
{
    call.acknowledge(slackJson(call.context().webhooks, call.context().accounts));
}

void IntegrationRequests::saveSlackSettings(OperatorCall &call)
{
    const QJsonValue websites = call.data().value(QLatin1String("websites"));
    if (!websites.isArray()) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("websites must be a list of {\"id\", \"slackUrl\"}."));
        return;
    }
    WebhookService &service = call.context().webhooks;
    for (const QJsonValue &value : websites.toArray()) {
        const QJsonObject website = value.toObject();
        const QJsonValue url = website.value(QLatin1String("slackUrl"));
        const QString problem
            = url.isString() ? service.setSlackUrl(website.value(QLatin1String("id")).toInteger(),
                                                   url.toString().trimmed())
                             : QStringLiteral("slackUrl must be a text (\"\": no Slack).");
        if (!problem.isEmpty()) {
            call.fail(ErrorCode::InvalidField, problem);
            return;
        }
    }
    call.acknowledge(slackJson(service, call.context().accounts));
}

void IntegrationRequests::saveAllowedAddresses(OperatorCall &call)
{
    QStringList addresses;
    QString problem
        = stringList(call.data().value(QLatin1String("addresses")), QStringLiteral("addresses"),
                     WebhookService::MaxAllowedAddresses, &addresses);
    if (problem.isEmpty())
        problem = call.context().webhooks.setAllowedAddresses(addresses);
    if (!problem.isEmpty()) {
        call.fail(ErrorCode::InvalidField, problem);
        return;
    }
    call.acknowledge(webhooksJson(call.context().webhooks));
}

} // namespace papo::server
