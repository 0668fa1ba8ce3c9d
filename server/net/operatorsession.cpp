#include "operatorsession.h"

#include "requests/operatorcall.h"
#include "requests/operatorroutes.h"
#include "sessionhub.h"
#include "teamjson.h"

#include <attachmentstore.h>
#include <authservice.h>
#include <chatservice.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <presenceservice.h>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

OperatorSession::OperatorSession(std::unique_ptr<QWebSocket> socket, ServerContext context,
                                 QObject *parent)
    : Session(std::move(socket), context, parent)
    , m_context(context)
{}

OperatorSession::~OperatorSession()
{
    if (m_presenceId > 0)
        m_context.presence.clientDisconnected(m_presenceId);
}

void OperatorSession::handle(const common::Envelope &request)
{
    if (request.type == MessageType::Hello) {
        hello(request);
        return;
    }
    const auto route = operatorRoutes().constFind(request.type);
    if (route == operatorRoutes().cend()) {
        fail(request, ErrorCode::UnknownType,
             QStringLiteral("Unknown request type \"%1\".").arg(request.type));
        return;
    }
    if (!m_operator) {
        fail(request, ErrorCode::HelloRequired, QStringLiteral("Send hello first."));
        return;
    }
    // Checked on every request: the token may have been revoked or the account deactivated.
    m_operator = m_context.auth.operatorForToken(m_token);
    if (!m_operator) {
        fail(request, ErrorCode::Unauthorized, QStringLiteral("The token was revoked."));
        closeWith(common::CloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    if (route->access == Access::Admin && !m_operator->isAdmin()) {
        fail(request, ErrorCode::Forbidden,
             QStringLiteral("Only owners and admins may change settings."));
        return;
    }
    if (!route->background)
        noteUserActivity();
    const OperatorRecord caller = *m_operator;
    OperatorCall call(*this, request, caller, m_context);
    route->handle(call);
}

void OperatorSession::hello(const common::Envelope &request)
{
    if (m_operator) {
        fail(request, ErrorCode::Forbidden, QStringLiteral("This connection already said hello."));
        return;
    }
    FieldReader fields(request.data);
    const QString token = fields.optionalString(QStringLiteral("token"), 128);
    const qint64 lastSeq = fields.optionalInteger(QStringLiteral("lastSeq"), -1, 0,
                                                  std::numeric_limits<qint32>::max() * 1024LL);
    if (rejectInvalid(request, fields))
        return;
    m_operator = m_context.auth.operatorForToken(token);
    m_token = token;
    if (!m_operator) {
        fail(request, ErrorCode::Unauthorized,
             QStringLiteral("The token is missing, wrong or revoked."));
        closeWith(common::CloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    helloAccepted();
    m_context.hub.addOperator(m_operator->id, this);
    m_presenceId = m_operator->id;
    m_context.presence.clientConnected(m_presenceId);
    auto &store = m_context.chat.conversations();
    const qint64 newestSeq = store.lastMessageId();
    acknowledge(request, {{QLatin1String("operator"),
                           operatorJson(*m_operator, m_context.presence.status(m_operator->id))},
                          {QLatin1String("lastSeq"), newestSeq},
                          {QLatin1String("attachmentLimit"), m_context.attachments.maxBytes()}});
    if (lastSeq >= 0) {
        markDeliveredUpTo(lastSeq);
        const auto missed = store.messagesAfter(lastSeq);
        for (const auto &message : missed)
            sendDurable(message.id,
                        common::encodeEvent(MessageType::Message, message.toJson(), message.id));
    }
    markDeliveredUpTo(newestSeq);
}

} // namespace papo::server
