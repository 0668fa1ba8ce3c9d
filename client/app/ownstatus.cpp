#include "ownstatus.h"

#include <protocol/messagetypes.h>

#include <QLoggingCategory>

namespace papo::desk {

namespace {

// The chat controller's category, which this was part of: existing logging rules still apply.
Q_LOGGING_CATEGORY(lcController, "papo.desk.controller")

namespace MessageType = papo::common::MessageType;
using papo::common::OperatorStatus;

} // namespace

OwnStatus::OwnStatus(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

void OwnStatus::choose(OperatorStatus status)
{
    m_chosen = true;
    if (status == m_status)
        return;
    m_status = status;
    emit changed(status);
    if (m_connection->isConnected())
        send(status);
}

void OwnStatus::applyHello(OperatorStatus status)
{
    if (m_chosen && status != m_status)
        send(m_status);
    else
        adopt(status);
}

void OwnStatus::applyServerStatus(const QString &statusName)
{
    OperatorStatus status;
    if (papo::common::parseOperatorStatus(statusName, &status))
        adopt(status);
}

void OwnStatus::reset()
{
    m_status = OperatorStatus::Offline;
    m_chosen = false;
}

void OwnStatus::send(OperatorStatus status)
{
    m_connection->request(
        MessageType::SetStatus,
        {{QLatin1String("status"), papo::common::operatorStatusName(status)}}, this,
        [this](const RequestReply &reply) {
            if (!reply.ok) {
                if (reply.errorCode != RequestReply::Disconnected)
                    qCWarning(lcController)
                        << "set_status refused:" << reply.errorCode << reply.errorMessage;
                return; // sent again after the next hello
            }
            applyServerStatus(reply.data.value(QLatin1String("status")).toString());
        });
}

void OwnStatus::adopt(OperatorStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit changed(status);
}

} // namespace papo::desk
