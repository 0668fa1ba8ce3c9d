#include "outbox.h"

#include "serverconnection.h"

#include <protocol/messagetypes.h>

#include <QUuid>

namespace papo::desk {

Outbox::Outbox(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this, &Outbox::flush);
}

QString Outbox::newClientId()
{
    return QStringLiteral("d-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Outbox::enqueue(qint64 conversationId, const QString &text, const QString &attachmentId)
{
    PendingSend send;
    send.clientId = newClientId();
    send.conversationId = conversationId;
    send.text = text;
    send.attachmentId = attachmentId;
    send.queuedAt = QDateTime::currentDateTimeUtc();
    m_pending.append(send);
    if (m_connection->isConnected())
        transmit(m_pending.last());
    emit pendingChanged();
    return send.clientId;
}

void Outbox::restore(const QList<PendingSend> &sends)
{
    for (PendingSend send : sends) {
        if (send.clientId.isEmpty() || send.conversationId <= 0 || find(send.clientId))
            continue;
        send.inFlight = false;
        m_pending.append(send);
    }
    if (m_connection->isConnected())
        flush();
}

void Outbox::clear()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    emit pendingChanged();
}

void Outbox::flush()
{
    for (PendingSend &send : m_pending) {
        if (!send.inFlight)
            transmit(send);
    }
}

void Outbox::transmit(PendingSend &send)
{
    send.inFlight = true;
    const QString clientId = send.clientId;
    QJsonObject data{{QLatin1String("conversationId"), send.conversationId},
                     {QLatin1String("cid"), send.clientId},
                     {QLatin1String("text"), send.text}};
    if (!send.attachmentId.isEmpty())
        data.insert(QLatin1String("attachmentId"), send.attachmentId);
    m_connection->request(
        papo::common::MessageType::Send, data, this,
        [this, clientId](const RequestReply &reply) { handleReply(clientId, reply); });
}

void Outbox::handleReply(const QString &clientId, const RequestReply &reply)
{
    PendingSend *send = find(clientId);
    if (!send)
        return;
    if (!reply.ok && reply.errorCode == RequestReply::Disconnected) {
        send->inFlight = false; // stays queued; flush() sends it again after the next hello
        return;
    }
    m_pending.removeIf([&clientId](const PendingSend &item) { return item.clientId == clientId; });
    emit pendingChanged();
    if (reply.ok) {
        const auto message = papo::common::ChatMessage::fromJson(
            reply.data.value(QLatin1String("message")).toObject());
        emit delivered(clientId, message, reply.data.value(QLatin1String("duplicate")).toBool());
    } else {
        emit rejected(clientId, reply.errorCode, reply.errorMessage);
    }
}

PendingSend *Outbox::find(const QString &clientId)
{
    for (PendingSend &send : m_pending) {
        if (send.clientId == clientId)
            return &send;
    }
    return nullptr;
}

} // namespace papo::desk
