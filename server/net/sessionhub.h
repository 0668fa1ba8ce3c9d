#pragma once

#include <chatmessage.h>

#include <QHash>
#include <QMultiHash>
#include <QObject>

namespace papo::server {

class ChatService;
class PresenceService;
class Session;
class VisitorService;

// Who is connected, and the fan-out of core events to their sockets.
class SessionHub final : public QObject
{
    Q_OBJECT

public:
    SessionHub(ChatService &chat, PresenceService &presence, VisitorService &visitors,
               QObject *parent = nullptr);

    void addVisitor(qint64 visitorId, Session *session);
    // `deviceId`: the signed-in device (bearer token) the session said hello with.
    void addOperator(qint64 operatorId, Session *session, qint64 deviceId);

    void sendToVisitor(qint64 visitorId, const QByteArray &frame);
    void sendToOperators(const QByteArray &frame);
    void sendDurable(qint64 visitorId, qint64 seq, const QByteArray &frame);
    void sendToAllVisitors(const QByteArray &frame);
    void closeOperator(qint64 operatorId);
    // The sessions of these devices end now: they were signed out.
    void closeDevices(qint64 operatorId, const QList<qint64> &deviceIds);
    QList<Session *> operatorSessions(qint64 operatorId) const
    {
        return m_operators.values(operatorId);
    }

private:
    void forget(Session *session);

    QMultiHash<qint64, Session *> m_visitors;
    QMultiHash<qint64, Session *> m_operators;
    QHash<Session *, qint64> m_deviceOf;
};

} // namespace papo::server
