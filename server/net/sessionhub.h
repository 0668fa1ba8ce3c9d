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
    void addOperator(qint64 operatorId, Session *session);

    void sendToVisitor(qint64 visitorId, const QByteArray &frame);
    void sendToOperators(const QByteArray &frame);
    void sendDurable(qint64 visitorId, qint64 seq, const QByteArray &frame);
    void sendToAllVisitors(const QByteArray &frame);
    void closeOperator(qint64 operatorId);
    QList<Session *> operatorSessions(qint64 operatorId) const
    {
        return m_operators.values(operatorId);
    }

private:
    void forget(Session *session);

    QMultiHash<qint64, Session *> m_visitors;
    QMultiHash<qint64, Session *> m_operators;
};

} // namespace papo::server
