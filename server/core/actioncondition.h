#pragma once

#include "visitorfacts.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace papo::server {

// One condition of an automatic action as the admin wrote it (ACT-1): what is looked at
// (`field`, and for custom fields the field's `name`), how (`op`) and against what.
// docs/protocol.md lists every field with its operators.
struct ActionCondition
{
    QString field;
    QString op;
    QString value;
    QString name; // field "field": the custom field's name

    QJsonObject toJson() const;
    static ActionCondition fromJson(const QJsonObject &object);
};

// A condition turned, once when its action is saved or loaded, into a check: patterns are
// compiled and numbers parsed then, so evaluating a page view does no parsing.
class CompiledCondition final
{
public:
    static constexpr qint64 Never = -1;

    // Nothing, with `error` naming the field, for a condition that cannot work.
    static std::optional<CompiledCondition> compile(const ActionCondition &condition,
                                                    QString *error);

    // Never: it does not hold; 0: it holds; N > 0: it will hold in N ms if nothing else
    // changes (time on page, time on site, no page change).
    qint64 check(const VisitorFacts &facts) const { return m_check(facts); }

private:
    using Check = std::function<qint64(const VisitorFacts &)>;
    explicit CompiledCondition(Check check)
        : m_check(std::move(check))
    {}

    Check m_check;
};

} // namespace papo::server
