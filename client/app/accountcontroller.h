#pragma once

#include "models/devicemodel.h"
#include "net/serverconnection.h"

#include <QObject>

namespace papo::desk {

// The action API of one's own account: changing the password and "My devices" (the list,
// logging one out, logging out everywhere). The server signs devices out and closes their
// sockets; logging out this device ends the session like a revoked token.
class AccountController final : public QObject
{
    Q_OBJECT

public:
    // The server's rules, stated where a password is chosen.
    static constexpr int MinPasswordCharacters = 8;
    static constexpr int MaxPasswordBytes = 1024;

    explicit AccountController(ServerConnection *connection, QObject *parent = nullptr);

    DeviceModel *devices() const { return m_devices; }

    // Empty when `password` follows the rules, else why not (translated).
    static QString passwordProblem(const QString &password);

    void changePassword(const QString &current, const QString &replacement,
                        bool logOutOtherDevices);
    void refreshDevices();
    void logOutDevice(qint64 deviceId);
    void logOutEverywhere();
    void reset();

signals:
    void passwordChanged(bool otherDevicesLoggedOut);
    void passwordChangeFailed(const QString &reason);
    void devicesFailed(const QString &reason);

private:
    QString errorText(const RequestReply &reply) const;

    ServerConnection *m_connection;
    DeviceModel *m_devices;
};

} // namespace papo::desk
