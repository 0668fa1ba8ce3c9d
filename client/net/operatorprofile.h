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

    bool isValid() const { return id > 0; }
    static OperatorProfile fromJson(const QJsonObject &object);
};

} // namespace papo::desk
