#include "accountcontroller.h"

#include <protocol/messagetypes.h>

#include <QList>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

AccountController::AccountController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_devices(new DeviceModel(this))
{}

QString AccountController::passwordProblem(const QString &password)
{
    if (password.toUcs4().size() < MinPasswordCharacters)
        return tr("The new password needs at least %n characters.", nullptr, MinPasswordCharacters);
    if (password.toUtf8().size() > MaxPasswordBytes)
        return tr("The new password is too long.");
    return {};
}

QString AccountController::errorText(const RequestReply &reply) const
{
    if (reply.errorCode == RequestReply::Disconnected)
        return tr("Not connected to the server. Try again in a moment.");
    if (reply.errorCode == QLatin1String("wrong_password"))
        return tr("Your current password is not right.");
    if (reply.errorCode == QLatin1String("too_many_attempts"))
        return tr("Too many wrong passwords. Wait a minute and try again.");
    if (reply.errorCode == QLatin1String("invalid_field"))
        return tr("The new password does not follow the rules: at least %n characters.", nullptr,
                  MinPasswordCharacters);
    return reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
}

void AccountController::changePassword(const QString &current, const QString &replacement,
                                       bool logOutOtherDevices)
{
    if (const QString problem = passwordProblem(replacement); !problem.isEmpty()) {
        emit passwordChangeFailed(problem);
        return;
    }
    m_connection->request(MessageType::ChangePassword,
                          {{QLatin1String("currentPassword"), current},
                           {QLatin1String("newPassword"), replacement},
                           {QLatin1String("logOutOtherDevices"), logOutOtherDevices}},
                          this, [this, logOutOtherDevices](const RequestReply &reply) {
                              if (reply.ok) {
                                  emit passwordChanged(logOutOtherDevices);
                                  if (logOutOtherDevices)
                                      refreshDevices();
                              } else {
                                  emit passwordChangeFailed(errorText(reply));
                              }
                          });
}

void AccountController::refreshDevices()
{
    m_connection->request(MessageType::Devices, {}, this, [this](const RequestReply &reply) {
        if (reply.ok)
            m_devices->setDevices(reply.data.value(QLatin1String("devices")).toArray());
        else
            emit devicesFailed(errorText(reply));
    });
}

void AccountController::logOutDevice(qint64 deviceId)
{
    const int row = m_devices->rowOf(deviceId);
    // This device: the server closes its socket after answering, and the session ends.
    const bool current
        = row >= 0 && m_devices->index(row, 0).data(DeviceModel::CurrentRole).toBool();
    m_connection->request(MessageType::LogOutDevice, {{QLatin1String("deviceId"), deviceId}}, this,
                          [this, current](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit devicesFailed(errorText(reply));
                              else if (!current)
                                  refreshDevices();
                          });
}

void AccountController::logOutEverywhere()
{
    // The server then closes this device's socket too: the session ends as for a revoked token.
    m_connection->request(MessageType::LogOutEverywhere, {}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit devicesFailed(errorText(reply));
                          });
}

void AccountController::reset()
{
    m_devices->clear();
}

} // namespace papo::desk
