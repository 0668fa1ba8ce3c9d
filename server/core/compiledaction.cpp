#include "compiledaction.h"

namespace papo::server {

std::optional<CompiledAction> CompiledAction::compile(const ActionDefinition &definition,
                                                      QString *error)
{
    CompiledAction action(definition);
    for (qsizetype i = 0; i < definition.conditions.size(); ++i) {
        QString why;
        auto condition = CompiledCondition::compile(definition.conditions.at(i), &why);
        if (!condition) {
            *error = QStringLiteral("conditions[%1]: %2").arg(i).arg(why);
            return std::nullopt;
        }
        action.m_conditions << std::move(*condition);
    }
    return action;
}

qint64 CompiledAction::dueInMs(const VisitorFacts &facts) const
{
    // The delay runs from the page view, like a "time on page" condition.
    qint64 due = qMax<qint64>(0, qint64(m_definition.delaySeconds) * 1000 - facts.msOnPage);
    for (const CompiledCondition &condition : m_conditions) {
        const qint64 wait = condition.check(facts);
        if (wait == CompiledCondition::Never)
            return CompiledCondition::Never;
        due = qMax(due, wait);
    }
    return due;
}

} // namespace papo::server
