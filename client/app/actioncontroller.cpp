#include "actioncontroller.h"

#include "models/actionmodel.h"
#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

ActionController::ActionController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_actions(new ActionModel(this))
{
    connect(m_actions, &ActionModel::enabledToggled, this, &ActionController::setEnabled);
}

void ActionController::refresh()
{
    m_connection->request(MessageType::Actions, {}, this, [this](const RequestReply &reply) {
        if (!reply.ok) {
            emit failed(reply.errorMessage);
            return;
        }
        m_actions->setActions(reply.data.value(QLatin1String("actions")).toArray());
        const QJsonObject rules = reply.data.value(QLatin1String("settings")).toObject();
        m_intervalSeconds = rules.value(QLatin1String("intervalSeconds")).toInt(300);
        m_timeZone = rules.value(QLatin1String("timeZone")).toString();
        emit loaded();
        emit rulesLoaded();
    });
}

void ActionController::loadTemplates(const QString &language)
{
    m_connection->request(MessageType::ActionTemplates, {{QLatin1String("language"), language}},
                          this, [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  return; // New keeps its blank action
                              m_templates = reply.data.value(QLatin1String("templates")).toArray();
                              emit templatesLoaded();
                          });
}

void ActionController::save(const QJsonObject &action)
{
    m_connection->request(MessageType::SaveAction, action, this, [this](const RequestReply &reply) {
        if (!reply.ok) {
            emit failed(reply.errorMessage);
            return;
        }
        const qint64 id = reply.data.value(QLatin1String("action"))
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInteger();
        emit saved(id);
        refresh();
    });
}

void ActionController::saveRules(int intervalSeconds, const QString &timeZone)
{
    m_connection->request(MessageType::ActionSettings,
                          {{QLatin1String("intervalSeconds"), intervalSeconds},
                           {QLatin1String("timeZone"), timeZone.trimmed()}},
                          this, [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit failed(reply.errorMessage);
                              refresh();
                          });
}

void ActionController::setEnabled(qint64 id, bool enabled)
{
    m_connection->request(MessageType::EnableAction,
                          {{QLatin1String("id"), id}, {QLatin1String("enabled"), enabled}}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit failed(reply.errorMessage);
                              refresh(); // the switch shows what the server kept
                          });
}

void ActionController::duplicate(qint64 id)
{
    m_connection->request(MessageType::DuplicateAction, {{QLatin1String("id"), id}}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok) {
                                  emit failed(reply.errorMessage);
                                  return;
                              }
                              emit saved(reply.data.value(QLatin1String("action"))
                                             .toObject()
                                             .value(QLatin1String("id"))
                                             .toInteger());
                              refresh();
                          });
}

void ActionController::remove(qint64 id)
{
    m_connection->request(MessageType::DeleteAction, {{QLatin1String("id"), id}}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit failed(reply.errorMessage);
                              refresh();
                          });
}

} // namespace papo::desk
