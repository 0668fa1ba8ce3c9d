#include "integrationscontroller.h"

#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

namespace {

QStringList texts(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

IntegrationsController::IntegrationsController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

QString IntegrationsController::failureText(const RequestReply &reply)
{
    return reply.errorCode == RequestReply::Disconnected
               ? tr("Not connected to the server. Try again once connected.")
               : reply.errorMessage;
}

void IntegrationsController::takeWebhooks(const QJsonObject &data)
{
    m_webhooks = data.value(QLatin1String("webhooks")).toArray();
    m_events = texts(data.value(QLatin1String("events")));
    m_allowed = texts(data.value(QLatin1String("allowedAddresses")));
    emit changed();
}

void IntegrationsController::fetch()
{
    m_connection->request(MessageType::Webhooks, {}, this, [this](const RequestReply &reply) {
        if (reply.ok)
            takeWebhooks(reply.data);
    });
    m_connection->request(MessageType::SlackSettings, {}, this, [this](const RequestReply &reply) {
        if (!reply.ok)
            return;
        m_slackWebsites = reply.data.value(QLatin1String("websites")).toArray();
        emit changed();
    });
}

void IntegrationsController::addWebhook(
    const QString &url, const QStringList &events, QObject *context,
    std::function<void(const QString &error, const QString &secret)> done)
{
    m_connection->request(MessageType::SaveWebhook,
                          {{QLatin1String("url"), url},
                           {QLatin1String("events"), QJsonArray::fromStringList(events)}},
                          context, [this, done = std::move(done)](const RequestReply &reply) {
                              if (!reply.ok) {
                                  done(failureText(reply), QString());
                                  return;
                              }
                              done(QString(), reply.data.value(QLatin1String("secret")).toString());
                              fetch();
                          });
}

void IntegrationsController::deleteWebhook(qint64 id, QObject *context, Done done)
{
    m_connection->request(MessageType::DeleteWebhook, {{QLatin1String("id"), id}}, context,
                          [this, done = std::move(done)](const RequestReply &reply) {
                              done(reply.ok ? QString() : failureText(reply));
                              fetch();
                          });
}

void IntegrationsController::saveSlackUrl(qint64 websiteId, const QString &url, QObject *context,
                                          Done done)
{
    const QJsonArray websites{
        QJsonObject{{QLatin1String("id"), websiteId}, {QLatin1String("slackUrl"), url}}};
    m_connection->request(MessageType::SaveSlackSettings, {{QLatin1String("websites"), websites}},
                          context, [this, done = std::move(done)](const RequestReply &reply) {
                              if (reply.ok) {
                                  m_slackWebsites
                                      = reply.data.value(QLatin1String("websites")).toArray();
                                  emit changed();
                              }
                              done(reply.ok ? QString() : failureText(reply));
                          });
}

void IntegrationsController::saveAllowedAddresses(const QStringList &addresses, QObject *context,
                                                  Done done)
{
    m_connection->request(MessageType::SaveAllowedAddresses,
                          {{QLatin1String("addresses"), QJsonArray::fromStringList(addresses)}},
                          context, [this, done = std::move(done)](const RequestReply &reply) {
                              if (reply.ok)
                                  takeWebhooks(reply.data);
                              done(reply.ok ? QString() : failureText(reply));
                          });
}

} // namespace papo::desk
