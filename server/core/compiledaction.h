#pragma once

#include "actiondefinition.h"

#include <QList>

#include <optional>

namespace papo::server {

// An action ready to evaluate: its conditions compiled once, when it is saved or loaded.
class CompiledAction final
{
public:
    static std::optional<CompiledAction> compile(const ActionDefinition &definition,
                                                 QString *error);

    const ActionDefinition &definition() const { return m_definition; }
    qint64 id() const { return m_definition.id; }

    // CompiledCondition::Never when it cannot fire for these facts; otherwise the ms until
    // it is due (0: now): every condition holds and the delay since the page view is over.
    qint64 dueInMs(const VisitorFacts &facts) const;

private:
    explicit CompiledAction(ActionDefinition definition)
        : m_definition(std::move(definition))
    {}

    ActionDefinition m_definition;
    QList<CompiledCondition> m_conditions;
};

} // namespace papo::server
