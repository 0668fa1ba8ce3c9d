#include "actionrequests.h"

#include "operatorcall.h"

#include <actionengine.h>
#include <actiontemplates.h>
#include <chatbotservice.h>
#include <groupservice.h>
#include <messagetypes.h>
#include <sessionhub.h>

#include <QJsonArray>
#include <QTimeZone>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

// The stored actions changed: this node's engine and the other nodes' read them again.
void reloadEverywhere(ServerContext &context)
{
    context.actions.reload();
    context.hub.tellOtherNodes(SessionHub::NodeChange::Actions);
}

QJsonObject actionJson(const StoredAction &stored, int firedThisWeek)
{
    QJsonObject object = stored.definition;
    object.insert(QLatin1String("id"), stored.id);
    object.insert(QLatin1String("name"), stored.name);
    object.insert(QLatin1String("enabled"), stored.enabled);
    object.insert(QLatin1String("firedThisWeek"), firedThisWeek);
    return object;
}

QJsonObject settingsJson(ActionRepository &repository)
{
    return {{QLatin1String("intervalSeconds"), repository.intervalSeconds()},
            {QLatin1String("timeZone"), repository.timeZone()}};
}

// The people, groups and scenarios an action names must exist now (ACT-3); names the field
// otherwise.
QString referencesError(const ActionDefinition &action, ServerContext &context)
{
    if (action.kind == ActionKind::AssignGroup && !context.groups.group(action.groupId))
        return QStringLiteral("\"groupId\": there is no group %1.").arg(action.groupId);
    if (action.kind == ActionKind::StartScenario && !context.chatbot.scenario(action.scenarioId))
        return QStringLiteral("\"scenarioId\": there is no scenario %1.").arg(action.scenarioId);
    if (action.kind != ActionKind::Message)
        return {};
    if (action.sender == SenderKind::Group && !context.groups.group(action.senderId))
        return QStringLiteral("\"senderId\": there is no group %1.").arg(action.senderId);
    if (action.sender == SenderKind::Operator) {
        const auto account = context.accounts.operatorById(action.senderId);
        if (!account)
            return QStringLiteral("\"senderId\": there is no operator %1.").arg(action.senderId);
        if (!account->active)
            return QStringLiteral("\"senderId\": %1 was deactivated; choose another sender.")
                .arg(account->name);
    }
    return {};
}

} // namespace

void ActionRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::Actions, {&actions, Access::Admin});
    routes.insert(MessageType::SaveAction, {&saveAction, Access::Admin});
    routes.insert(MessageType::EnableAction, {&enableAction, Access::Admin});
    routes.insert(MessageType::DuplicateAction, {&duplicateAction, Access::Admin});
    routes.insert(MessageType::DeleteAction, {&deleteAction, Access::Admin});
    routes.insert(MessageType::ActionTemplates, {&templates, Access::Admin});
    routes.insert(MessageType::ActionSettings, {&settings, Access::Admin});
}

void ActionRequests::actions(OperatorCall &call)
{
    ActionRepository &repository = call.context().actions.repository();
    const auto counts = repository.firingCounts(QDateTime::currentDateTimeUtc().addDays(-7));
    QJsonArray list;
    const QList<StoredAction> all = repository.all();
    for (const StoredAction &stored : all)
        list.append(actionJson(stored, counts.value(stored.id)));
    call.acknowledge(
        {{QLatin1String("actions"), list}, {QLatin1String("settings"), settingsJson(repository)}});
}

void ActionRequests::saveAction(OperatorCall &call)
{
    QString error;
    const auto action = ActionDefinition::fromJson(call.data(), &error);
    // Compiled here too, so a condition that cannot work is refused with its index.
    if (action && CompiledAction::compile(*action, &error))
        error = referencesError(*action, call.context());
    if (!error.isEmpty() || !action) {
        call.fail(ErrorCode::InvalidField, error);
        return;
    }
    ActionEngine &engine = call.context().actions;
    const qint64 id = engine.repository().save(
        {action->id, action->name, action->enabled, action->definitionJson()});
    if (id == 0) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no action %1.").arg(action->id));
        return;
    }
    reloadEverywhere(call.context());
    const auto stored = engine.repository().action(id);
    call.acknowledge({{QLatin1String("action"), actionJson(*stored, 0)}});
}

void ActionRequests::enableAction(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    const bool enabled = fields.optionalBool(QStringLiteral("enabled"), true);
    if (call.rejectInvalid(fields))
        return;
    ActionEngine &engine = call.context().actions;
    if (!engine.repository().setEnabled(id, enabled)) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no action %1.").arg(id));
        return;
    }
    reloadEverywhere(call.context());
    call.acknowledge();
}

void ActionRequests::duplicateAction(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    ActionRepository &repository = call.context().actions.repository();
    auto copy = repository.action(id);
    if (!copy) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no action %1.").arg(id));
        return;
    }
    // ACT-6: an editable copy, off until its URL and text are changed.
    copy->id = 0;
    copy->name = QStringLiteral("%1 (2)").arg(copy->name).left(100);
    copy->enabled = false;
    copy->id = repository.save(*copy);
    call.acknowledge({{QLatin1String("action"), actionJson(*copy, 0)}});
}

void ActionRequests::deleteAction(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    ActionEngine &engine = call.context().actions;
    if (!engine.repository().remove(id)) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no action %1.").arg(id));
        return;
    }
    reloadEverywhere(call.context());
    call.acknowledge();
}

void ActionRequests::templates(OperatorCall &call)
{
    FieldReader fields(call.data());
    const QString language = fields.optionalString(QStringLiteral("language"), 16);
    if (call.rejectInvalid(fields))
        return;
    call.acknowledge({{QLatin1String("templates"), ActionTemplates::all(language)}});
}

void ActionRequests::settings(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 interval = fields.optionalInteger(QStringLiteral("intervalSeconds"), -1, 0, 86400);
    const QString zone = fields.optionalString(QStringLiteral("timeZone"), 64);
    if (call.rejectInvalid(fields))
        return;
    if (!zone.isEmpty() && !QTimeZone(zone.toLatin1()).isValid()) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("\"timeZone\": there is no time zone \"%1\".").arg(zone));
        return;
    }
    ActionEngine &engine = call.context().actions;
    if (interval >= 0)
        engine.repository().setIntervalSeconds(int(interval));
    if (call.data().contains(QLatin1String("timeZone")))
        engine.repository().setTimeZone(zone);
    reloadEverywhere(call.context());
    call.acknowledge({{QLatin1String("settings"), settingsJson(engine.repository())}});
}

} // namespace papo::server
