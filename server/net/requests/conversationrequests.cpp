#include "conversationrequests.h"

#include "operatorcall.h"

#include <actionengine.h>
#include <chatservice.h>
#include <conversationaccess.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <protocollimits.h>
#include <sessionhub.h>
#include <slowresponsewatcher.h>
#include <visitorservice.h>

#include <QJsonArray>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace Limits = common::Limits;
namespace MessageType = common::MessageType;

void ConversationRequests::registerIn(OperatorRoutes &routes)
{
    // Each request naming a conversation, message or visitor is answered only when the caller
    // may see it (GRP-1): see Subject.
    const auto about = [](auto handler, Subject subject) {
        return OperatorRoute{handler, Access::Anyone, false, subject};
    };
    routes.insert(MessageType::Conversations, {&conversations, Access::Anyone, true});
    routes.insert(MessageType::History, about(&history, Subject::Conversation));
    routes.insert(MessageType::Send, about(&send, Subject::Conversation));
    routes.insert(MessageType::Typing, about(&typing, Subject::Conversation));
    routes.insert(MessageType::Dismiss, about(&dismiss, Subject::Conversation));
    routes.insert(MessageType::StartConversation, about(&startConversation, Subject::Visitor));
    routes.insert(MessageType::Edit, about(&edit, Subject::Message));
    routes.insert(MessageType::Read, about(&read, Subject::Conversation));
    routes.insert(MessageType::AddOperator, about(&addOperator, Subject::Conversation));
    routes.insert(MessageType::HandOver, about(&handOver, Subject::Conversation));
    routes.insert(MessageType::Close, about(&close, Subject::Conversation));
    routes.insert(MessageType::Reopen, about(&reopen, Subject::Conversation));
    routes.insert(MessageType::Search, {&search});
    routes.insert(MessageType::Join, about(&join, Subject::Conversation));
}

void ConversationRequests::conversations(OperatorCall &call)
{
    QJsonArray list;
    ServerContext &context = call.context();
    const auto summaries
        = context.chat.conversations().conversations(500, context.access.scope(call.caller().id));
    for (const auto &summary : summaries)
        list.append(summary.toJson());
    call.acknowledge({{QLatin1String("conversations"), list}});
}

void ConversationRequests::history(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 beforeId = fields.optionalInteger(QStringLiteral("beforeId"), 0, 1,
                                                   std::numeric_limits<qint32>::max() * 1024LL);
    const int limit = int(fields.optionalInteger(
        QStringLiteral("limit"), Limits::DefaultHistoryPage, 1, Limits::MaxHistoryPage));
    if (call.rejectInvalid(fields))
        return;
    auto &store = call.context().chat.conversations();
    if (store.visitorOfConversation(conversationId) == 0) {
        call.fail(ErrorCode::NotFound,
                  QStringLiteral("There is no conversation %1.").arg(conversationId));
        return;
    }
    const MessagePage page = store.history(conversationId, beforeId, limit);
    QJsonArray messages;
    for (const auto &message : page.messages)
        messages.append(message.toJson());
    call.acknowledge(
        {{QLatin1String("messages"), messages}, {QLatin1String("hasMore"), page.hasMore}});
}

void ConversationRequests::send(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const QString clientId = fields.clientId();
    const QString attachmentId = fields.attachmentId();
    const QString text
        = attachmentId.isEmpty() ? fields.messageText() : fields.optionalMessageText();
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.postOperatorMessage(call.caller(), conversationId, clientId, text,
                                            call.answerPostWhenDone(), attachmentId);
}

void ConversationRequests::typing(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const bool isTyping = fields.optionalBool(QStringLiteral("typing"), false);
    if (call.rejectInvalid(fields))
        return;
    ServerContext &context = call.context();
    const qint64 visitorId = context.chat.conversations().visitorOfConversation(conversationId);
    if (visitorId == 0) {
        call.fail(ErrorCode::NotFound,
                  QStringLiteral("There is no conversation %1.").arg(conversationId));
        return;
    }
    // STA-2: an invisible operator who starts typing in a chat becomes online, and stays so.
    const qint64 operatorId = call.caller().id;
    if (isTyping && context.presence.status(operatorId) == common::OperatorStatus::Invisible)
        context.presence.setStatus(operatorId, common::OperatorStatus::Online);
    context.hub.sendToVisitor(
        visitorId,
        common::encodeEvent(MessageType::Typing, {{QLatin1String("name"), call.caller().name},
                                                  {QLatin1String("typing"), isTyping}}));
    call.acknowledge();
}

void ConversationRequests::dismiss(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.dismiss(conversationId, call.answerWhenDone());
}

void ConversationRequests::startConversation(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    const QString clientId = fields.clientId();
    const QString text = fields.messageText();
    if (call.rejectInvalid(fields))
        return;
    ServerContext &context = call.context();
    // STA-2: invisible operators cannot reach out to visitors; they go online first.
    if (context.presence.status(call.caller().id) == common::OperatorStatus::Invisible) {
        call.fail(ErrorCode::Forbidden,
                  QStringLiteral("Invisible operators cannot start chats; go online first."));
        return;
    }
    // VIS-3: the visitor has now received a targeted invitation.
    context.chat.startConversation(call.caller(), visitorId, clientId, text,
                                   [answer = call.answerPostWhenDone(),
                                    visitors = &context.visitors, actions = &context.actions,
                                    visitorId](const PostResult &result) {
                                       if (result.ok()) {
                                           visitors->invited(visitorId);
                                           // ACT-2: automatic ones keep their distance.
                                           actions->noteManualMessage(visitorId);
                                       }
                                       answer(result);
                                   });
}

void ConversationRequests::edit(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 messageId = fields.requiredId(QStringLiteral("messageId"));
    const QString text = fields.messageText();
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.editMessage(
        call.caller(), messageId, text,
        [acknowledge = call.acknowledgeLater(), fail = call.failLater()](
            ErrorCode error, const QString &why, const common::ChatMessage &edited) {
            if (error == ErrorCode::None)
                acknowledge({{QLatin1String("message"), edited.toJson()}});
            else
                fail(error, why);
        });
}

void ConversationRequests::read(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 upToId = fields.requiredId(QStringLiteral("upToId"));
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.markRead(conversationId, common::AuthorKind::Operator, call.caller().id,
                                 upToId, call.answerWhenDone());
}

void ConversationRequests::addOperator(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.addParticipant(call.caller().id, conversationId, operatorId,
                                       call.answerWhenDone());
}

void ConversationRequests::handOver(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.handOver(call.caller().id, conversationId, operatorId,
                                 call.answerWhenDone());
}

void ConversationRequests::close(OperatorCall &call)
{
    setClosed(call, true);
}

void ConversationRequests::reopen(OperatorCall &call)
{
    setClosed(call, false);
}

void ConversationRequests::setClosed(OperatorCall &call, bool closed)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (call.rejectInvalid(fields))
        return;
    call.context().chat.setClosed(call.caller().id, conversationId, closed, call.answerWhenDone());
}

void ConversationRequests::search(OperatorCall &call)
{
    FieldReader fields(call.data());
    const QString text = fields.requiredString(QStringLiteral("query"), 1, 200).trimmed();
    if (fields.ok() && text.isEmpty()) {
        call.fail(ErrorCode::InvalidField, QStringLiteral("\"query\" may not be empty."));
        return;
    }
    if (call.rejectInvalid(fields))
        return;
    QJsonArray results;
    ServerContext &context = call.context();
    const auto hits
        = context.chat.conversations().search(text, 50, context.access.scope(call.caller().id));
    for (const SearchHit &hit : hits)
        results.append(QJsonObject{
            {QLatin1String("messageId"), hit.messageId},
            {QLatin1String("conversationId"), hit.conversationId},
            {QLatin1String("visitorId"), hit.visitorId},
            {QLatin1String("snippet"), hit.snippet},
            {QLatin1String("createdAt"), hit.createdAt.toUTC().toString(Qt::ISODateWithMs)}});
    call.acknowledge({{QLatin1String("results"), results}});
}

void ConversationRequests::join(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (call.rejectInvalid(fields))
        return;
    // STA-5: an operator who opted in may join a chat whose visitor waited too long.
    const SlowResponseWatcher &slow = call.context().slowResponses;
    const qint64 operatorId = call.caller().id;
    const bool overdue = slow.isOptedIn(operatorId) && slow.hasWaitedTooLong(conversationId);
    call.context().chat.joinConversation(operatorId, conversationId, overdue,
                                         call.answerWhenDone());
}

} // namespace papo::server
