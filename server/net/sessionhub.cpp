#include "sessionhub.h"

#include "session.h"

#include <chatservice.h>
#include <conversationaccess.h>
#include <envelope.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <visitorservice.h>

namespace papo::server {

namespace MessageType = common::MessageType;

SessionHub::SessionHub(ChatService &chat, PresenceService &presence, VisitorService &visitors,
                       ConversationAccess &access, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_access(access)
{
    connect(&visitors, &VisitorService::visitorChanged, this, [this, &visitors](qint64 visitorId) {
        if (m_operators.isEmpty())
            return; // nobody to tell: skip building the summary
        if (const auto summary = visitors.summary(visitorId))
            sendAboutVisitor(visitorId, summary->profile.groupId,
                             common::encodeEvent(MessageType::Visitor, summary->toJson()));
    });
    connect(&visitors, &VisitorService::visitorLeft, this,
            [this](qint64 visitorId, qint64 groupId) {
                sendAboutVisitor(visitorId, groupId,
                                 common::encodeEvent(MessageType::VisitorLeft,
                                                     {{QLatin1String("visitorId"), visitorId}}));
            });
    connect(&visitors, &VisitorService::noteAdded, this,
            [this, &visitors](qint64 visitorId, const VisitorNote &note) {
                const auto profile = visitors.profile(visitorId);
                sendAboutVisitor(visitorId, profile ? profile->groupId : 0,
                                 common::encodeEvent(MessageType::Note,
                                                     {{QLatin1String("visitorId"), visitorId},
                                                      {QLatin1String("note"), noteToJson(note)}}));
            });
    connect(
        &chat, &ChatService::messagePosted, this,
        [this](const common::ChatMessage &message, qint64 visitorId,
               const common::ConversationSummary &conversation) {
            const QByteArray frame
                = common::encodeEvent(MessageType::Message, message.toJson(), message.id);
            for (auto it = m_visitors.constFind(visitorId);
                 it != m_visitors.cend() && it.key() == visitorId; ++it)
                it.value()->sendDurable(message.id, frame);
            // The conversation's summary says who may see it; read it if it is missing
            // (unknown: owners and admins only).
            std::optional<ChatAudience> audience;
            if (conversation.id == 0)
                audience
                    = m_access.audienceOf(message.conversationId).value_or(ChatAudience{0, -1, {}});
            for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
                if (audience ? m_access.maySee(it.key(), *audience)
                             : m_access.maySee(it.key(), conversation))
                    it.value()->sendDurable(message.id, frame);
            }
        });
    connect(&chat, &ChatService::messageEdited, this,
            [this](const common::ChatMessage &message, qint64 visitorId) {
                const QByteArray frame
                    = common::encodeEvent(MessageType::MessageEdited, message.toJson());
                sendToVisitor(visitorId, frame);
                if (const auto audience = m_access.audienceOf(message.conversationId))
                    sendToOperators(*audience, frame);
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
                if (const auto audience = m_access.audienceOf(conversationId))
                    sendToOperators(*audience, common::encodeEvent(MessageType::Read, mark));
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
                sendToOperators(summary,
                                common::encodeEvent(MessageType::Conversation, summary.toJson()));
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

void SessionHub::addVisitor(qint64 visitorId, qint64 widgetGroup, Session *session)
{
    m_visitors.insert(visitorId, session);
    m_visitorOf.insert(session, visitorId);
    m_widgetGroupOfVisitor.insert(visitorId, widgetGroup);
    m_visitorsByWidgetGroup[widgetGroup].insert(visitorId);
    connect(session, &Session::finished, this, [this, session] { forget(session); });
}

void SessionHub::addOperator(qint64 operatorId, Session *session, qint64 deviceId)
{
    m_operators.insert(operatorId, session);
    m_operatorOf.insert(session, operatorId);
    m_deviceOf.insert(session, deviceId);
    connect(session, &Session::finished, this, [this, session] { forget(session); });
}

void SessionHub::forget(Session *session)
{
    const QList<qint64> visitors = m_visitorOf.values(session);
    m_visitorOf.remove(session);
    for (qint64 visitorId : visitors) {
        m_visitors.remove(visitorId, session);
        if (!m_visitors.contains(visitorId))
            forgetVisitor(visitorId);
    }
    const QList<qint64> operators = m_operatorOf.values(session);
    m_operatorOf.remove(session);
    for (qint64 operatorId : operators)
        m_operators.remove(operatorId, session);
    m_deviceOf.remove(session);
}

void SessionHub::forgetVisitor(qint64 visitorId)
{
    const qint64 widgetGroup = m_widgetGroupOfVisitor.take(visitorId);
    auto group = m_visitorsByWidgetGroup.find(widgetGroup);
    if (group == m_visitorsByWidgetGroup.end())
        return;
    group->remove(visitorId);
    if (group->isEmpty())
        m_visitorsByWidgetGroup.erase(group);
}

void SessionHub::moveVisitor(qint64 visitorId, qint64 widgetGroup, qint64 fromGroupId,
                             qint64 toGroupId)
{
    if (m_visitors.contains(visitorId)) {
        forgetVisitor(visitorId);
        m_widgetGroupOfVisitor.insert(visitorId, widgetGroup);
        m_visitorsByWidgetGroup[widgetGroup].insert(visitorId);
    }
    if (fromGroupId == toGroupId)
        return;
    // Those who saw the visitor through the old group, and neither see the new one nor take
    // part in the visitor's chats, drop the visitor and their chats from their lists.
    std::optional<ChatAudience> audience;
    QList<qint64> conversationIds;
    QSet<qint64> told;
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        const qint64 operatorId = it.key();
        if (!m_access.seesGroup(operatorId, fromGroupId)
            || m_access.seesGroup(operatorId, toGroupId))
            continue;
        if (!audience) {
            audience = m_access.visitorAudience(visitorId, toGroupId);
            const auto conversations
                = m_chat.conversations().visitorConversations(visitorId, VisibilityScope::all());
            for (const auto &conversation : conversations)
                conversationIds.append(conversation.id);
        }
        if (audience->operatorIds.contains(operatorId))
            continue;
        for (qint64 conversationId : std::as_const(conversationIds))
            it.value()->send(
                common::encodeEvent(MessageType::ConversationRemoved,
                                    {{QLatin1String("conversationId"), conversationId}}));
        it.value()->send(common::encodeEvent(MessageType::VisitorLeft,
                                             {{QLatin1String("visitorId"), visitorId}}));
    }
}

void SessionHub::sendAboutVisitor(qint64 visitorId, qint64 groupId, const QByteArray &frame)
{
    std::optional<ChatAudience> audience;
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        if (!m_access.seesGroup(it.key(), groupId)) {
            if (!audience)
                audience = m_access.visitorAudience(visitorId, groupId);
            if (!audience->operatorIds.contains(it.key()))
                continue;
        }
        it.value()->send(frame);
    }
}

void SessionHub::sendToVisitor(qint64 visitorId, const QByteArray &frame)
{
    for (auto it = m_visitors.constFind(visitorId);
         it != m_visitors.cend() && it.key() == visitorId; ++it)
        it.value()->send(frame);
}

void SessionHub::sendToVisitorsOf(qint64 widgetGroup, const QByteArray &frame)
{
    const auto group = m_visitorsByWidgetGroup.constFind(widgetGroup);
    if (group == m_visitorsByWidgetGroup.cend())
        return;
    for (qint64 visitorId : *group)
        sendToVisitor(visitorId, frame);
}

void SessionHub::sendToOperators(const QByteArray &frame)
{
    for (Session *session : std::as_const(m_operators))
        session->send(frame);
}

void SessionHub::sendToOperators(const ChatAudience &audience, const QByteArray &frame)
{
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        if (m_access.maySee(it.key(), audience))
            it.value()->send(frame);
    }
}

void SessionHub::sendToOperators(const common::ConversationSummary &conversation,
                                 const QByteArray &frame)
{
    for (auto it = m_operators.cbegin(); it != m_operators.cend(); ++it) {
        if (m_access.maySee(it.key(), conversation))
            it.value()->send(frame);
    }
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

} // namespace papo::server
