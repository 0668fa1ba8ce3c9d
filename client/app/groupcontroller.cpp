#include "groupcontroller.h"

#include "models/groupmodel.h"

#include <protocol/errorcode.h>
#include <protocol/messagetypes.h>

#include <QJsonArray>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;
using papo::common::ErrorCode;
using papo::common::errorCodeName;

GroupController::GroupController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_groups(new GroupModel(this))
{
    connect(m_connection, &ServerConnection::helloAcknowledged, this, &GroupController::refresh);
    connect(m_connection, &ServerConnection::eventReceived, this, &GroupController::handleEvent);
}

QList<qint64> GroupController::myGroups() const
{
    return m_groups->groupsOf(m_connection->profile().id);
}

void GroupController::refresh()
{
    m_connection->request(MessageType::Groups, {}, this, [this](const RequestReply &reply) {
        if (reply.ok)
            apply(reply.data.value(QLatin1String("groups")).toArray());
    });
}

void GroupController::handleEvent(const papo::common::Envelope &event)
{
    if (event.type == MessageType::Groups)
        apply(event.data.value(QLatin1String("groups")).toArray());
}

void GroupController::apply(const QJsonArray &groups)
{
    QList<ChatGroup> list;
    for (const QJsonValue &group : groups)
        list.append(ChatGroup::fromJson(group.toObject()));
    m_groups->setGroups(list);
    const QList<qint64> mine = myGroups();
    const bool changed = m_loaded && mine != m_myGroups;
    m_myGroups = mine;
    m_loaded = true;
    emit groupsLoaded();
    if (changed)
        emit myGroupsChanged();
}

void GroupController::create(const QString &name)
{
    m_connection->request(MessageType::SaveGroup, {{QLatin1String("name"), name.trimmed()}}, this,
                          [this](const RequestReply &reply) { answer(reply); });
}

void GroupController::rename(qint64 groupId, const QString &name, const QString &key)
{
    QJsonObject request{{QLatin1String("id"), groupId}, {QLatin1String("name"), name.trimmed()}};
    if (!key.trimmed().isEmpty())
        request.insert(QLatin1String("key"), key.trimmed());
    m_connection->request(MessageType::SaveGroup, request, this,
                          [this](const RequestReply &reply) { answer(reply); });
}

void GroupController::setMembers(qint64 groupId, const QList<qint64> &operatorIds)
{
    QJsonArray members;
    for (qint64 id : operatorIds)
        members.append(id);
    m_connection->request(
        MessageType::SetGroupMembers,
        {{QLatin1String("groupId"), groupId}, {QLatin1String("operatorIds"), members}}, this,
        [this](const RequestReply &reply) { answer(reply); });
}

void GroupController::remove(qint64 groupId)
{
    m_connection->request(MessageType::DeleteGroup, {{QLatin1String("id"), groupId}}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit failed(errorText(reply));
                          });
}

void GroupController::setVisitorGroup(qint64 visitorId, qint64 groupId)
{
    m_connection->request(
        MessageType::SetVisitorGroup,
        {{QLatin1String("visitorId"), visitorId}, {QLatin1String("groupId"), groupId}}, this,
        [this, visitorId](const RequestReply &reply) {
            if (!reply.ok)
                emit visitorGroupFailed(visitorId, errorText(reply));
        });
}

void GroupController::reset()
{
    m_groups->setGroups({});
    m_myGroups.clear();
    m_loaded = false;
}

void GroupController::answer(const RequestReply &reply)
{
    if (!reply.ok) {
        emit failed(errorText(reply));
        return;
    }
    emit saved(
        reply.data.value(QLatin1String("group")).toObject().value(QLatin1String("id")).toInteger());
}

QString GroupController::errorText(const RequestReply &reply) const
{
    if (reply.errorCode == RequestReply::Disconnected)
        return tr("Not connected to the server; try again in a moment.");
    if (reply.errorCode == errorCodeName(ErrorCode::Forbidden))
        return tr("Only owners and admins may change groups.");
    if (reply.errorCode == errorCodeName(ErrorCode::NotFound))
        return tr("This group no longer exists.");
    if (reply.errorCode == errorCodeName(ErrorCode::InvalidField))
        return tr("The server refused a value: %1").arg(reply.errorMessage);
    return reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
}

} // namespace papo::desk
