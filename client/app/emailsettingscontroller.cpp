#include "emailsettingscontroller.h"

#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

EmailSettingsController::EmailSettingsController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

QString EmailSettingsController::failureText(const RequestReply &reply)
{
    return reply.errorCode == RequestReply::Disconnected
               ? tr("Not connected to the server. Try again once connected.")
               : reply.errorMessage;
}

void EmailSettingsController::fetch()
{
    m_connection->request(MessageType::EmailSettings, {}, this, [this](const RequestReply &reply) {
        if (!reply.ok)
            return;
        m_settings = reply.data;
        emit settingsChanged();
    });
}

void EmailSettingsController::fetchDeliveries()
{
    m_connection->request(MessageType::Deliveries, {}, this, [this](const RequestReply &reply) {
        if (!reply.ok)
            return;
        m_deliveries = reply.data.value(QLatin1String("deliveries")).toArray();
        emit deliveriesChanged();
    });
}

void EmailSettingsController::save(const QJsonObject &form, QObject *context, Done done)
{
    m_connection->request(MessageType::SaveEmailSettings, form, context,
                          [this, done = std::move(done)](const RequestReply &reply) {
                              if (reply.ok) {
                                  m_settings = reply.data;
                                  emit settingsChanged();
                                  done(QString());
                                  return;
                              }
                              done(failureText(reply));
                          });
}

void EmailSettingsController::sendTest(const QString &to, QObject *context,
                                       std::function<void(bool, const QString &)> done)
{
    m_connection->request(MessageType::SendTestEmail, {{QLatin1String("to"), to}}, context,
                          [this, done = std::move(done)](const RequestReply &reply) {
                              if (!reply.ok) {
                                  done(false, failureText(reply));
                                  return;
                              }
                              done(reply.data.value(QLatin1String("ok")).toBool(),
                                   reply.data.value(QLatin1String("reply")).toString());
                          });
}

void EmailSettingsController::retry(qint64 deliveryId, QObject *context, Done done)
{
    m_connection->request(MessageType::RetryDelivery, {{QLatin1String("id"), deliveryId}}, context,
                          [this, done = std::move(done)](const RequestReply &reply) {
                              done(reply.ok ? QString() : failureText(reply));
                              fetchDeliveries();
                          });
}

} // namespace papo::desk
