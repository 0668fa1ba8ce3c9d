#include "visitorrequests.h"

#include "operatorcall.h"

#include <chatservice.h>
#include <conversationaccess.h>
#include <fieldreader.h>
#include <groupassigner.h>
#include <jsonwriter.h>
#include <messagetypes.h>
#include <protocollimits.h>
#include <visitorservice.h>
#include <visitorsummary.h>

#include <QJsonArray>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace Limits = common::Limits;
namespace MessageType = common::MessageType;

void VisitorRequests::registerIn(OperatorRoutes &routes)
{
    // GRP-1: a visitor outside the caller's sight is not_found (Subject::Visitor).
    const auto about = [](auto handler) {
        return OperatorRoute{handler, Access::Anyone, false, Subject::Visitor};
    };
    routes.insert(MessageType::Visitors, {&visitors, Access::Anyone, true});
    routes.insert(MessageType::Visitor, about(&visitor));
    routes.insert(MessageType::UpdateVisitor, about(&updateVisitor));
    routes.insert(MessageType::AddNote, about(&addNote));
    routes.insert(MessageType::SetVisitorGroup, about(&setVisitorGroup));
}

void VisitorRequests::visitors(OperatorCall &call)
{
    ServerContext &context = call.context();
    // VIS-4: ten visitors per seat; a seat is an active operator.
    int seats = 0;
    const auto operators = context.accounts.operators();
    for (const OperatorRecord &account : operators)
        seats += account.active ? 1 : 0;
    // GRP-1: the visitors of the caller's groups, the ungrouped ones and those they chat with.
    const auto online = context.visitors.online(10 * qMax(1, seats),
                                                context.access.visitorFilter(call.caller().id));
    QByteArray list = "[";
    for (const VisitorSummary &summary : online.visitors) {
        if (list.size() > 1)
            list += ',';
        list += summary.toJsonBytes();
    }
    list += ']';
    call.acknowledgeJson(common::JsonObjectWriter()
                             .addRaw(QLatin1String("visitors"), list)
                             .add(QLatin1String("total"), online.total)
                             .add(QLatin1String("seats"), seats)
                             .take());
}

void VisitorRequests::visitor(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    if (call.rejectInvalid(fields))
        return;
    ServerContext &context = call.context();
    const auto details
        = context.visitors.details(visitorId, context.access.scope(call.caller().id));
    if (!details) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no visitor %1.").arg(visitorId));
        return;
    }
    call.acknowledge({{QLatin1String("visitor"), details->toJson()}});
}

void VisitorRequests::updateVisitor(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    std::optional<QString> contact[3];
    const QString names[3]
        = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")};
    for (int i = 0; i < 3; ++i) {
        if (call.data().contains(names[i]))
            contact[i] = fields.requiredString(names[i], 0, Limits::MaxContactChars).trimmed();
    }
    if (call.rejectInvalid(fields))
        return;
    ServerContext &context = call.context();
    if (!context.visitors.updateContact(visitorId, contact[0], contact[1], contact[2])) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no visitor %1.").arg(visitorId));
        return;
    }
    if (contact[0])
        context.chat.announceVisitorConversations(visitorId); // the name shows in the list
    const auto summary = context.visitors.summary(visitorId);
    call.acknowledge({{QLatin1String("visitor"), summary ? summary->toJson() : QJsonObject()}});
}

void VisitorRequests::addNote(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    const QString text = fields.messageText();
    if (call.rejectInvalid(fields))
        return;
    ServerContext &context = call.context();
    if (!context.chat.conversations().visitorExists(visitorId)) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no visitor %1.").arg(visitorId));
        return;
    }
    const auto note = context.visitors.addNote(visitorId, call.caller().id, text);
    if (!note) {
        call.fail(ErrorCode::Internal, QStringLiteral("The note could not be stored."));
        return;
    }
    call.acknowledge({{QLatin1String("note"), noteToJson(*note)}});
}

void VisitorRequests::setVisitorGroup(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    const QJsonValue group = call.data().value(QLatin1String("groupId"));
    if (fields.ok() && !group.isNull() && !group.isUndefined()
        && (!group.isDouble() || group.toDouble() < 0 || group.toDouble() != group.toInteger())) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("\"groupId\" must be a group's id, or 0 or null for none."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    // GRP-2: the later choice wins; the group's online operators are told (NotificationRouter).
    ServerContext &context = call.context();
    const AssignResult result = context.groupAssigner.assign(
        visitorId, group.toInteger(), GroupSource::Operator, call.caller().id);
    if (!result.ok()) {
        call.fail(result.error, result.message);
        return;
    }
    const auto summary = context.visitors.summary(visitorId);
    call.acknowledge({{QLatin1String("visitor"), summary ? summary->toJson() : QJsonObject()}});
}

} // namespace papo::server
