#include "helpscoutcontroller.h"

#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

HelpScoutController::HelpScoutController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this,
            [this] { setConnected(m_connection->helpScoutConnected()); });
}

QString HelpScoutController::failureText(const RequestReply &reply)
{
    return reply.errorCode == RequestReply::Disconnected
               ? tr("Not connected to the server. Try again once connected.")
               : reply.errorMessage;
}

void HelpScoutController::take(const QJsonObject &settings)
{
    m_settings = settings;
    setConnected(settings.value(QLatin1String("connected")).toBool());
    emit changed();
}

void HelpScoutController::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}

void HelpScoutController::fetch()
{
    m_connection->request(MessageType::HelpScoutSettings, {}, this,
                          [this](const RequestReply &reply) {
                              if (reply.ok)
                                  take(reply.data);
                          });
}

void HelpScoutController::save(const QJsonObject &settings, QObject *context, Done done)
{
    m_connection->request(MessageType::SaveHelpScoutSettings, settings, context,
                          [this, done = std::move(done)](const RequestReply &reply) {
                              if (reply.ok)
                                  take(reply.data);
                              done(reply.ok ? QString() : failureText(reply));
                          });
}

void HelpScoutController::exportConversation(qint64 conversationId)
{
    m_connection->request(
        MessageType::ExportToHelpScout, {{QLatin1String("conversationId"), conversationId}}, this,
        [this](const RequestReply &reply) {
            if (!reply.ok)
                emit exportFinished(tr("Not exported to Help Scout: %1").arg(failureText(reply)),
                                    false);
            else if (reply.data.value(QLatin1String("alreadyExported")).toBool())
                emit exportFinished(tr("This chat is already in Help Scout, as it is now."), true);
            else
                emit exportFinished(tr("Exporting to Help Scout: the chat appears there in a "
                                       "moment."),
                                    true);
        });
}

} // namespace papo::desk
