#include "chatbotcontroller.h"

#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

#include <QJsonArray>
#include <QRegularExpression>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;

ScenarioRefusal ScenarioRefusal::fromError(const QString &message)
{
    static const QRegularExpression nodeFirst(
        QStringLiteral(R"re(^"root((?:\.\d{1,2})*)": (.*)$)re"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = nodeFirst.match(message);
    if (!match.hasMatch())
        return {std::nullopt, message};
    QList<int> path;
    const QStringList indexes = match.captured(1).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &index : indexes)
        path << index.toInt();
    return {path, match.captured(2)};
}

ChatbotController::ChatbotController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

QString ChatbotController::failureText(const RequestReply &reply)
{
    return reply.errorCode == RequestReply::Disconnected
               ? tr("Not connected to the server. Try again once connected.")
               : reply.errorMessage;
}

std::optional<QJsonObject> ChatbotController::scenario(qint64 id) const
{
    for (const QJsonObject &scenario : m_scenarios)
        if (scenario.value(QLatin1String("id")).toInteger() == id)
            return scenario;
    return std::nullopt;
}

void ChatbotController::refresh()
{
    m_connection->request(
        MessageType::ChatbotScenarios, {}, this, [this](const RequestReply &reply) {
            if (!reply.ok)
                return;
            m_scenarios.clear();
            const QJsonArray list = reply.data.value(QLatin1String("scenarios")).toArray();
            for (const QJsonValue &scenario : list)
                m_scenarios << scenario.toObject();
            emit loaded();
        });
}

void ChatbotController::save(const QJsonObject &scenario)
{
    m_connection->request(MessageType::SaveChatbotScenario, scenario, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok) {
                                  emit refused(ScenarioRefusal::fromError(failureText(reply)));
                                  return;
                              }
                              emit saved(reply.data.value(QLatin1String("scenario"))
                                             .toObject()
                                             .value(QLatin1String("id"))
                                             .toInteger());
                              refresh();
                          });
}

void ChatbotController::remove(qint64 id)
{
    m_connection->request(MessageType::DeleteChatbotScenario, {{QLatin1String("id"), id}}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit refused({std::nullopt, failureText(reply)});
                              refresh();
                          });
}

} // namespace papo::desk
