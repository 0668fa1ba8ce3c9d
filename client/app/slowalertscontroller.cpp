#include "slowalertscontroller.h"

#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

#include <QLoggingCategory>

namespace papo::desk {

namespace {
Q_LOGGING_CATEGORY(lcSlowAlerts, "papo.desk.slowalerts")
namespace MessageType = papo::common::MessageType;
} // namespace

SlowAlertsController::SlowAlertsController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this, &SlowAlertsController::fetch);
}

bool SlowAlertsController::mayChangeThreshold() const
{
    const QString role = m_connection->profile().role;
    return role == QLatin1String("owner") || role == QLatin1String("admin");
}

bool SlowAlertsController::apply(const QJsonObject &data)
{
    const QJsonValue threshold = data.value(QLatin1String("thresholdSeconds"));
    if (!threshold.isDouble())
        return false;
    m_notifyWhenSlow = data.value(QLatin1String("notifyWhenSlow")).toBool();
    m_thresholdSeconds = threshold.toInt();
    emit changed();
    return true;
}

void SlowAlertsController::fetch()
{
    m_connection->request(MessageType::SlowAlerts, {}, this, [this](const RequestReply &reply) {
        if (!reply.ok && reply.errorCode != RequestReply::Disconnected)
            qCWarning(lcSlowAlerts) << "slow_alerts refused:" << reply.errorMessage;
        if (reply.ok)
            apply(reply.data);
    });
}

void SlowAlertsController::save(bool notifyWhenSlow, std::optional<int> thresholdSeconds,
                                QObject *context, SaveDone done)
{
    QJsonObject data{{QLatin1String("notifyWhenSlow"), notifyWhenSlow}};
    if (thresholdSeconds)
        data.insert(QLatin1String("thresholdSeconds"), *thresholdSeconds);
    m_connection->request(MessageType::SetSlowAlerts, data, context,
                          [this, done = std::move(done)](const RequestReply &reply) {
                              if (reply.ok && apply(reply.data)) {
                                  done(QString());
                                  return;
                              }
                              done(
                                  reply.errorCode == RequestReply::Disconnected
                                      ? tr("Not connected to the server. Try again once connected.")
                                      : reply.errorMessage);
                          });
}

} // namespace papo::desk
