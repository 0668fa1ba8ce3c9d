#include "operatorsession.h"

#include "requests/operatorcall.h"
#include "requests/operatorroutes.h"
#include "sessionhub.h"
#include "teamjson.h"

#include <attachmentstore.h>
#include <authservice.h>
#include <chatservice.h>
#include <deadlinescheduler.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <visitorservice.h>

#include <QNetworkRequest>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {
constexpr qint64 DeviceUseResolutionMs = 5 * 60 * 1000;
} // namespace

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
    const auto authenticated = m_context.auth.authenticate(m_token);
    m_operator = authenticated ? std::optional(authenticated->account) : std::nullopt;
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
    if (!route->background) {
        noteUserActivity();
        if (m_context.deadlines.now() - m_deviceNotedAt >= DeviceUseResolutionMs)
            noteDeviceUsed();
    }
    const OperatorRecord caller = *m_operator;
    OperatorCall call(*this, request, caller, m_deviceId, m_context);
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
    const auto authenticated = m_context.auth.authenticate(token);
    m_operator = authenticated ? std::optional(authenticated->account) : std::nullopt;
    m_token = token;
    if (!m_operator) {
        fail(request, ErrorCode::Unauthorized,
             QStringLiteral("The token is missing, wrong or revoked."));
        closeWith(common::CloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    m_deviceId = authenticated->deviceId;
    noteDeviceUsed();
    m_context.hub.addOperator(m_operator->id, this, m_deviceId);
    m_presenceId = m_operator->id;
    m_context.presence.clientConnected(m_presenceId);
    auto &store = m_context.chat.conversations();
    const qint64 newestSeq = store.lastMessageId();
    QJsonObject profile = operatorJson(*m_operator, m_context.presence.status(m_operator->id));
    // A new account: papo-desk asks to complete the profile until it is saved once.
    profile.insert(QLatin1String("profilePending"), m_operator->profilePending);
    acknowledge(request, {{QLatin1String("operator"), profile},
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

void OperatorSession::noteDeviceUsed()
{
    m_deviceNotedAt = m_context.deadlines.now();
    const QString address
        = m_context.visitors
              .clientAddress(socket().peerAddress(),
                             QString::fromLatin1(socket().request().rawHeader("X-Forwarded-For")))
              .toString();
    m_context.auth.noteDeviceUsed(m_deviceId, address);
}

} // namespace papo::server
