#include "sessionhub.h"

#include "session.h"

#include <chatservice.h>
#include <envelope.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <visitorservice.h>

namespace papo::server {

namespace MessageType = common::MessageType;

SessionHub::SessionHub(ChatService &chat, PresenceService &presence, VisitorService &visitors,
                       QObject *parent)
    : QObject(parent)
{
    connect(&visitors, &VisitorService::visitorChanged, this, [this, &visitors](qint64 visitorId) {
        if (m_operators.isEmpty())
            return; // nobody to tell: skip building the summary
        if (const auto summary = visitors.summary(visitorId))
            sendToOperators(common::encodeEvent(MessageType::Visitor, summary->toJson()));
    });
    connect(&visitors, &VisitorService::visitorLeft, this, [this](qint64 visitorId) {
        sendToOperators(common::encodeEvent(MessageType::VisitorLeft,
                                            {{QLatin1String("visitorId"), visitorId}}));
    });
    connect(&visitors, &VisitorService::noteAdded, this,
            [this](qint64 visitorId, const VisitorNote &note) {
                sendToOperators(common::encodeEvent(MessageType::Note,
                                                    {{QLatin1String("visitorId"), visitorId},
                                                     {QLatin1String("note"), noteToJson(note)}}));
            });
    connect(&chat, &ChatService::messagePosted, this,
            [this](const common::ChatMessage &message, qint64 visitorId) {
                const QByteArray frame
                    = common::encodeEvent(MessageType::Message, message.toJson(), message.id);
                sendDurable(visitorId, message.id, frame);
            });
    connect(&chat, &ChatService::messageEdited, this,
            [this](const common::ChatMessage &message, qint64 visitorId) {
                const QByteArray frame
                    = common::encodeEvent(MessageType::MessageEdited, message.toJson());
                sendToVisitor(visitorId, frame);
                sendToOperators(frame);
            });
    connect(&chat, &ChatService::readMarked, this,
            [this](qint64 conversationId, qint64 visitorId, common::AuthorKind reader,
                   qint64 operatorId, qint64 upToId) {
                const bool byVisitor = reader == common::AuthorKind::Visitor;
                QJsonObject mark{{QLatin1String("conversationId"), conversationId},
                                 {QLatin1String("by"),
                                  byVisitor ? QLatin1String("visitor") : QLatin1String("operator")},
                                 {QLatin1String("upToId"), upToId}};
                if (!byVisitor) {
                    // The visitor learns that the team has seen it, not who did.
                    sendToVisitor(visitorId, common::encodeEvent(MessageType::Read, mark));
                    mark.insert(QLatin1String("operatorId"), operatorId);
                }
                sendToOperators(common::encodeEvent(MessageType::Read, mark));
            });
    connect(&chat, &ChatService::operatorInvited, this,
            [this](qint64 conversationId, qint64 operatorId, qint64 byOperatorId) {
                const QByteArray frame = common::encodeEvent(
                    MessageType::Invited, {{QLatin1String("conversationId"), conversationId},
                                           {QLatin1String("byOperatorId"), byOperatorId}});
                for (auto it = m_operators.constFind(operatorId);
                     it != m_operators.cend() && it.key() == operatorId; ++it)
                    it.value()->send(frame);
            });
    connect(&chat, &ChatService::conversationChanged, this,
            [this](const common::ConversationSummary &summary) {
                sendToOperators(common::encodeEvent(MessageType::Conversation, summary.toJson()));
            });
    // `mode` events to visitors come from VisitorTeamFeed, with the team summary.
    connect(&presence, &PresenceService::statusChanged, this,
            [this](qint64 operatorId, common::OperatorStatus status) {
                sendToOperators(common::encodeEvent(
                    MessageType::Presence,
                    {{QLatin1String("operatorId"), operatorId},
                     {QLatin1String("status"), common::operatorStatusName(status)}}));
            });
}

void SessionHub::addVisitor(qint64 visitorId, Session *session)
{
    m_visitors.insert(visitorId, session);
    connect(session, &Session::finished, this, [this, session] { forget(session); });
}

void SessionHub::addOperator(qint64 operatorId, Session *session, qint64 deviceId)
{
    m_operators.insert(operatorId, session);
    m_deviceOf.insert(session, deviceId);
    connect(session, &Session::finished, this, [this, session] { forget(session); });
}

void SessionHub::forget(Session *session)
{
    m_visitors.removeIf([session](const auto &it) { return it.value() == session; });
    m_operators.removeIf([session](const auto &it) { return it.value() == session; });
    m_deviceOf.remove(session);
}

void SessionHub::sendToVisitor(qint64 visitorId, const QByteArray &frame)
{
    for (auto it = m_visitors.constFind(visitorId);
         it != m_visitors.cend() && it.key() == visitorId; ++it)
        it.value()->send(frame);
}

void SessionHub::sendDurable(qint64 visitorId, qint64 seq, const QByteArray &frame)
{
    for (auto it = m_visitors.constFind(visitorId);
         it != m_visitors.cend() && it.key() == visitorId; ++it)
        it.value()->sendDurable(seq, frame);
    for (Session *session : std::as_const(m_operators))
        session->sendDurable(seq, frame);
}

void SessionHub::sendToOperators(const QByteArray &frame)
{
    for (Session *session : std::as_const(m_operators))
        session->send(frame);
}

void SessionHub::closeOperator(qint64 operatorId)
{
    const QList<Session *> sessions = m_operators.values(operatorId);
    for (Session *session : sessions)
        session->closeWith(common::CloseUnauthorized, QStringLiteral("account deactivated"));
}

void SessionHub::closeDevices(qint64 operatorId, const QList<qint64> &deviceIds)
{
    const QList<Session *> sessions = m_operators.values(operatorId);
    for (Session *session : sessions) {
        if (deviceIds.contains(m_deviceOf.value(session)))
            session->closeWith(common::CloseUnauthorized, QStringLiteral("signed out"));
    }
}

void SessionHub::sendToAllVisitors(const QByteArray &frame)
{
    for (Session *session : std::as_const(m_visitors))
        session->send(frame);
}

} // namespace papo::server
