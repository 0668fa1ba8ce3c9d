#pragma once

#include <protocol/chatmessage.h>

#include <QJsonObject>
#include <QString>

namespace papo::desk {

// The signed-in operator, as sent in the `hello` ack and the login answer.
struct OperatorProfile
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role;
    papo::common::OperatorStatus status = papo::common::OperatorStatus::Offline;
    bool profilePending = false; // a new account: asked to complete its profile at first login

    bool isValid() const { return id > 0; }
    // Owners and admins change settings (TEAM-2); the server checks it on every request.
    bool isAdmin() const
    {
        return role == QLatin1String("owner") || role == QLatin1String("admin");
    }
    static OperatorProfile fromJson(const QJsonObject &object);
};

} // namespace papo::desk
