#include "savedreplycontroller.h"

#include "models/savedreplymodel.h"
#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

#include <QJsonArray>

namespace papo::desk {

namespace {

namespace MessageType = papo::common::MessageType;

QString failureText(const RequestReply &reply)
{
    if (reply.errorCode == RequestReply::Disconnected)
        return SavedReplyController::tr("Not connected to the server; try again in a moment.");
    return reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
}

} // namespace

SavedReplyController::SavedReplyController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_replies(new SavedReplyModel(this))
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this, &SavedReplyController::load);
    connect(m_connection, &ServerConnection::eventReceived, this,
            [this](const papo::common::Envelope &event) {
                if (event.type == MessageType::SavedReplies)
                    m_replies->setReplies(event.data.value(QLatin1String("replies")).toArray());
            });
}

void SavedReplyController::load()
{
    m_connection->request(MessageType::SavedReplies, {}, this, [this](const RequestReply &reply) {
        if (reply.ok)
            m_replies->setReplies(reply.data.value(QLatin1String("replies")).toArray());
    });
}

void SavedReplyController::save(qint64 id, const QString &shortcut, const QString &text,
                                QObject *context, Done done)
{
    QJsonObject data{{QLatin1String("shortcut"), shortcut.trimmed()},
                     {QLatin1String("text"), text.trimmed()}};
    if (id > 0)
        data.insert(QLatin1String("id"), id);
    // The list itself comes back as a `saved_replies` push to every operator.
    m_connection->request(MessageType::SaveReply, data, context,
                          [done = std::move(done)](const RequestReply &reply) {
                              done(reply.ok ? QString() : failureText(reply));
                          });
}

void SavedReplyController::remove(qint64 id, QObject *context, Done done)
{
    m_connection->request(MessageType::DeleteReply, {{QLatin1String("id"), id}}, context,
                          [done = std::move(done)](const RequestReply &reply) {
                              done(reply.ok ? QString() : failureText(reply));
                          });
}

void SavedReplyController::reset()
{
    m_replies->clear();
}

} // namespace papo::desk
