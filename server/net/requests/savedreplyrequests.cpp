#include "savedreplyrequests.h"

#include "operatorcall.h"

#include <accountrepository.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <savedreplyrepository.h>
#include <sessionhub.h>

#include <QJsonArray>
#include <QRegularExpression>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

QJsonArray repliesJson(const QList<SavedReply> &replies)
{
    QJsonArray array;
    for (const SavedReply &reply : replies)
        array.append(QJsonObject{{QLatin1String("id"), reply.id},
                                 {QLatin1String("shortcut"), reply.shortcut},
                                 {QLatin1String("text"), reply.text}});
    return array;
}

// Every operator's list follows a change at once.
void announce(ServerContext &context, SavedReplyRepository &replies)
{
    context.hub.sendToOperators(common::encodeEvent(
        MessageType::SavedReplies, {{QLatin1String("replies"), repliesJson(replies.all())}}));
}

} // namespace

void SavedReplyRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::SavedReplies, {&savedReplies});
    routes.insert(MessageType::SaveReply, {&saveReply});
    routes.insert(MessageType::DeleteReply, {&deleteReply});
}

void SavedReplyRequests::savedReplies(OperatorCall &call)
{
    SavedReplyRepository replies(call.context().accounts.database());
    call.acknowledge({{QLatin1String("replies"), repliesJson(replies.all())}});
}

void SavedReplyRequests::saveReply(OperatorCall &call)
{
    static const QRegularExpression shortcutPattern(QStringLiteral("^[\\p{L}\\p{N}_-]{1,32}$"));
    FieldReader fields(call.data());
    SavedReply reply;
    reply.id
        = fields.optionalInteger(QStringLiteral("id"), 0, 1, std::numeric_limits<qint32>::max());
    reply.shortcut = fields.requiredString(QStringLiteral("shortcut"), 1, 32);
    reply.text = fields.messageText();
    if (fields.ok() && !shortcutPattern.match(reply.shortcut).hasMatch()) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("\"shortcut\" may contain only letters, digits, '-' and '_'."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    SavedReplyRepository replies(call.context().accounts.database());
    if (replies.shortcutTaken(reply.shortcut, reply.id)) {
        call.fail(ErrorCode::InvalidField,
                  QStringLiteral("Another saved reply already uses /%1.").arg(reply.shortcut));
        return;
    }
    reply.id = replies.save(reply, call.caller().id);
    if (reply.id == 0) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no such saved reply."));
        return;
    }
    call.acknowledge({{QLatin1String("reply"), repliesJson({reply}).first()}});
    announce(call.context(), replies);
}

void SavedReplyRequests::deleteReply(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (call.rejectInvalid(fields))
        return;
    SavedReplyRepository replies(call.context().accounts.database());
    if (!replies.remove(id)) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no saved reply %1.").arg(id));
        return;
    }
    call.acknowledge();
    announce(call.context(), replies);
}

} // namespace papo::server
