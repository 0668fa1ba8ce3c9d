#include "actiondefinition.h"

#include "widgettexts.h"

#include <protocollimits.h>

#include <QJsonArray>

namespace papo::server {

namespace {

template<typename Enum>
struct Names
{
    QList<QPair<Enum, QLatin1StringView>> pairs;
    QString name(Enum value) const
    {
        for (const auto &pair : pairs)
            if (pair.first == value)
                return pair.second;
        return {};
    }
    std::optional<Enum> value(const QString &name) const
    {
        for (const auto &pair : pairs)
            if (pair.second == name)
                return pair.first;
        return std::nullopt;
    }
};

const Names<ActionRepeat> &repeatNames()
{
    static const Names<ActionRepeat> names{
        {{ActionRepeat::OncePerVisitor, QLatin1StringView("once_per_visitor")},
         {ActionRepeat::OncePerVisit, QLatin1StringView("once_per_visit")},
         {ActionRepeat::EveryPage, QLatin1StringView("every_page")}}};
    return names;
}

const Names<ActionKind> &kindNames()
{
    static const Names<ActionKind> names{
        {{ActionKind::Message, QLatin1StringView("message")},
         {ActionKind::OpenWindow, QLatin1StringView("open_window")},
         {ActionKind::AssignGroup, QLatin1StringView("assign_group")},
         {ActionKind::StartScenario, QLatin1StringView("start_scenario")}}};
    return names;
}

const Names<SenderKind> &senderNames()
{
    static const Names<SenderKind> names{{{SenderKind::Operator, QLatin1StringView("operator")},
                                          {SenderKind::Group, QLatin1StringView("group")},
                                          {SenderKind::Bot, QLatin1StringView("bot")}}};
    return names;
}

std::optional<ActionDefinition> refuse(QString *error, const QString &why)
{
    *error = why;
    return std::nullopt;
}

// Reads one language's texts; `prefix` leads the field names in errors
// ("translations.pt.liveText").
std::optional<ActionTexts> readTexts(const QJsonObject &o, const QString &prefix, QString *error)
{
    ActionTexts texts{o.value(QLatin1String("liveText")).toString().trimmed(),
                      o.value(QLatin1String("messengerText")).toString().trimmed()};
    if (texts.liveText.isEmpty()) {
        *error = QStringLiteral("\"%1liveText\" is the message: it cannot be empty.").arg(prefix);
        return std::nullopt;
    }
    if (texts.liveText.size() > common::Limits::MaxMessageChars
        || texts.messengerText.size() > common::Limits::MaxMessageChars) {
        *error = QStringLiteral("\"%1liveText\" and \"%1messengerText\" may have at most %2 "
                                "characters.")
                     .arg(prefix)
                     .arg(common::Limits::MaxMessageChars);
        return std::nullopt;
    }
    return texts;
}

QJsonObject textsJson(const ActionTexts &texts)
{
    return {{QLatin1String("liveText"), texts.liveText},
            {QLatin1String("messengerText"), texts.messengerText}};
}

} // namespace

QJsonObject ActionDefinition::definitionJson() const
{
    QJsonObject translationsJson;
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it)
        translationsJson.insert(it.key(), textsJson(it.value()));
    QJsonArray conditionArray;
    for (const ActionCondition &condition : conditions)
        conditionArray.append(condition.toJson());
    QJsonObject object{{QLatin1String("conditions"), conditionArray},
                       {QLatin1String("repeat"), repeatNames().name(repeat)},
                       {QLatin1String("delay"), delaySeconds},
                       {QLatin1String("kind"), kindNames().name(kind)},
                       {QLatin1String("sender"), senderNames().name(sender)},
                       {QLatin1String("senderId"), senderId},
                       {QLatin1String("groupId"), groupId},
                       {QLatin1String("live"), live},
                       {QLatin1String("messenger"), messenger},
                       {QLatin1String("liveText"), liveText},
                       {QLatin1String("messengerText"), messengerText},
                       {QLatin1String("translations"), translationsJson}};
    if (kind == ActionKind::StartScenario)
        object.insert(QLatin1String("scenarioId"), scenarioId);
    return object;
}

QJsonObject ActionDefinition::toJson() const
{
    QJsonObject object = definitionJson();
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("name"), name);
    object.insert(QLatin1String("enabled"), enabled);
    return object;
}

QString ActionDefinition::textFor(bool liveMode, const QString &language) const
{
    if (liveMode ? !live : !messenger)
        return {};
    const auto translation
        = translations.constFind(language.section(QLatin1Char('-'), 0, 0).toLower());
    const ActionTexts texts = translation != translations.constEnd()
                                  ? *translation
                                  : ActionTexts{liveText, messengerText};
    if (liveMode || texts.messengerText.isEmpty())
        return texts.liveText;
    return texts.messengerText;
}

std::optional<ActionDefinition> ActionDefinition::fromJson(const QJsonObject &o, QString *error)
{
    ActionDefinition action;
    action.id = o.value(QLatin1String("id")).toInteger();
    action.name = o.value(QLatin1String("name")).toString().trimmed();
    if (action.name.isEmpty() || action.name.size() > 100)
        return refuse(error, QStringLiteral("\"name\" must be 1 to 100 characters."));
    action.enabled = o.value(QLatin1String("enabled")).toBool(true);
    const QJsonArray conditions = o.value(QLatin1String("conditions")).toArray();
    if (conditions.size() > MaxConditions)
        return refuse(
            error,
            QStringLiteral("\"conditions\" may hold at most %1 conditions.").arg(MaxConditions));
    for (const QJsonValue &value : conditions) {
        if (!value.isObject())
            return refuse(error, QStringLiteral("\"conditions\" must be a list of objects."));
        action.conditions << ActionCondition::fromJson(value.toObject());
    }
    const auto repeat = repeatNames().value(o.value(QLatin1String("repeat")).toString());
    if (!repeat)
        return refuse(error, QStringLiteral("\"repeat\" must be once_per_visitor, once_per_visit "
                                            "or every_page."));
    action.repeat = *repeat;
    const QJsonValue delay = o.value(QLatin1String("delay"));
    if (!delay.isUndefined()
        && (!delay.isDouble() || delay.toDouble() < 0 || delay.toDouble() > MaxDelaySeconds))
        return refuse(
            error,
            QStringLiteral("\"delay\" must be 0 to %1 seconds (a day).").arg(MaxDelaySeconds));
    action.delaySeconds = delay.toInt();
    const auto kind = kindNames().value(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return refuse(error,
                      QStringLiteral("\"kind\" must be message, open_window, assign_group or "
                                     "start_scenario."));
    action.kind = *kind;
    action.live = o.value(QLatin1String("live")).toBool(true);
    action.messenger = o.value(QLatin1String("messenger")).toBool(false);
    if (!action.live && !action.messenger)
        return refuse(error, QStringLiteral("\"live\" and \"messenger\" cannot both be off: the "
                                            "action would never fire."));
    action.groupId = o.value(QLatin1String("groupId")).toInteger();
    action.senderId = o.value(QLatin1String("senderId")).toInteger();
    if (action.kind == ActionKind::AssignGroup && action.groupId <= 0)
        return refuse(error, QStringLiteral("\"groupId\" must name the group to assign."));
    action.scenarioId = o.value(QLatin1String("scenarioId")).toInteger();
    if (action.kind == ActionKind::StartScenario && action.scenarioId <= 0)
        return refuse(error, QStringLiteral("\"scenarioId\" must name the scenario to start."));
    if (action.kind != ActionKind::Message)
        return action;
    const auto sender = senderNames().value(o.value(QLatin1String("sender")).toString());
    if (!sender)
        return refuse(error, QStringLiteral("\"sender\" must be operator, group or bot."));
    action.sender = *sender;
    if (action.sender != SenderKind::Bot && action.senderId <= 0)
        return refuse(error, QStringLiteral("\"senderId\" must name the operator or group the "
                                            "message comes from."));
    const auto texts = readTexts(o, QString(), error);
    if (!texts)
        return std::nullopt;
    action.liveText = texts->liveText;
    action.messengerText = texts->messengerText;
    const QJsonValue translations = o.value(QLatin1String("translations"));
    if (!translations.isUndefined() && !translations.isNull() && !translations.isObject())
        return refuse(error, QStringLiteral("\"translations\" must map languages to texts."));
    const QJsonObject byLanguage = translations.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!WidgetTexts::builtIn().isLanguage(it.key()))
            return refuse(error,
                          QStringLiteral("\"translations\": \"%1\" is not one of the "
                                         "widget's languages (%2).")
                              .arg(it.key().left(16),
                                   WidgetTexts::builtIn().languages().join(QLatin1String(", "))));
        const auto translated = readTexts(it.value().toObject(),
                                          QStringLiteral("translations.%1.").arg(it.key()), error);
        if (!translated)
            return std::nullopt;
        action.translations.insert(it.key(), *translated);
    }
    return action;
}

} // namespace papo::server
