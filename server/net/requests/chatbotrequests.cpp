#include "chatbotrequests.h"

#include "operatorcall.h"

#include <actionengine.h>
#include <chatbotservice.h>
#include <messagetypes.h>

#include <QJsonArray>

namespace papo::server {

using common::FieldReader;
namespace MessageType = common::MessageType;

void ChatbotRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::ChatbotScenarios, {&scenarios, Access::Admin});
    routes.insert(MessageType::SaveChatbotScenario, {&saveScenario, Access::Admin});
    routes.insert(MessageType::DeleteChatbotScenario, {&deleteScenario, Access::Admin});
}

void ChatbotRequests::scenarios(OperatorCall &call)
{
    QJsonArray list;
    const QList<ChatbotScenario> all = call.context().chatbot.scenarios();
    for (const ChatbotScenario &scenario : all)
        list.append(scenario.toJson());
    call.acknowledge({{QLatin1String("scenarios"), list}});
}

void ChatbotRequests::saveScenario(OperatorCall &call)
{
    const ScenarioSave saved = call.context().chatbot.save(call.data());
    call.answer(saved.result, {{QLatin1String("scenario"), saved.scenario.toJson()}});
}

void ChatbotRequests::deleteScenario(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    // BOT-6: an action that starts it would start nothing.
    const QList<StoredAction> actions = call.context().actions.repository().all();
    for (const StoredAction &action : actions) {
        if (action.definition.value(QLatin1String("kind")).toString()
                == QLatin1String("start_scenario")
            && action.definition.value(QLatin1String("scenarioId")).toInteger() == id) {
            call.fail(common::ErrorCode::InvalidField,
                      QStringLiteral("The action \"%1\" starts this scenario: change or delete "
                                     "that action first.")
                          .arg(action.name));
            return;
        }
    }
    call.answer(call.context().chatbot.remove(id));
}

} // namespace papo::server
