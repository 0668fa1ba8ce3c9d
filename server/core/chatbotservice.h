#pragma once

#include "chatbotscenario.h"
#include "serviceresult.h"

#include <scenariorepository.h>

namespace papo::server {

class GroupService;

// What saving a scenario came to: the scenario as stored, or why not (BOT-2).
struct ScenarioSave
{
    ServiceResult result;
    ChatbotScenario scenario;
};

// Settings → Chatbot (BOT-1…4): the scenarios admins build, checked before they are stored.
// Only owners and admins reach it (Access::Admin in operatorroutes.cpp).
class ChatbotService final
{
public:
    ChatbotService(ScenarioRepository repository, const GroupService &groups);

    QList<ChatbotScenario> scenarios();
    std::optional<ChatbotScenario> scenario(qint64 id);
    // Reads the wire form, checks every rule and that the hand-over group exists, stores.
    ScenarioSave save(const QJsonObject &wire);
    ServiceResult remove(qint64 id);

private:
    static std::optional<ChatbotScenario> fromStored(const StoredScenario &stored);

    ScenarioRepository m_repository;
    const GroupService &m_groups;
};

} // namespace papo::server
