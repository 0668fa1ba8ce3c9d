#include "chatbotservice.h"

#include "groupservice.h"

namespace papo::server {

using common::ErrorCode;

ChatbotService::ChatbotService(ScenarioRepository repository, const GroupService &groups)
    : m_repository(std::move(repository))
    , m_groups(groups)
{}

std::optional<ChatbotScenario> ChatbotService::fromStored(const StoredScenario &stored)
{
    QJsonObject wire = stored.definition;
    wire.insert(QLatin1String("id"), stored.id);
    wire.insert(QLatin1String("name"), stored.name);
    ScenarioError error;
    return ChatbotScenario::fromJson(wire, &error); // checked when saved
}

QList<ChatbotScenario> ChatbotService::scenarios()
{
    QList<ChatbotScenario> result;
    const QList<StoredScenario> all = m_repository.all();
    for (const StoredScenario &stored : all)
        if (auto scenario = fromStored(stored))
            result << std::move(*scenario);
    return result;
}

std::optional<ChatbotScenario> ChatbotService::scenario(qint64 id)
{
    const auto stored = m_repository.scenario(id);
    return stored ? fromStored(*stored) : std::nullopt;
}

ScenarioSave ChatbotService::save(const QJsonObject &wire)
{
    ScenarioError error;
    auto scenario = ChatbotScenario::fromJson(wire, &error);
    if (!scenario)
        return {failure(ErrorCode::InvalidField, error.text), {}};
    // BOT-3: a hand-over goes to this group's operators; it must be there now.
    if (scenario->groupId != 0 && !m_groups.group(scenario->groupId))
        return {
            failure(ErrorCode::InvalidField,
                    QStringLiteral("\"groupId\": there is no group %1.").arg(scenario->groupId)),
            {}};
    const qint64 id = m_repository.save({scenario->id, scenario->name, scenario->definitionJson()});
    if (id == 0)
        return {failure(ErrorCode::NotFound,
                        QStringLiteral("There is no scenario %1.").arg(scenario->id)),
                {}};
    scenario->id = id;
    return {{}, *scenario};
}

ServiceResult ChatbotService::remove(qint64 id)
{
    if (!m_repository.remove(id))
        return failure(ErrorCode::NotFound, QStringLiteral("There is no scenario %1.").arg(id));
    return {};
}

} // namespace papo::server
