#include "operatorsession.h"

#include "requests/operatorcall.h"
#include "requests/operatorroutes.h"
#include "sessionhub.h"
#include "teamjson.h"

#include <attachmentstore.h>
#include <authservice.h>
#include <chatservice.h>
#include <conversationaccess.h>
#include <deadlinescheduler.h>
#include <fieldreader.h>
#include <helpscoutservice.h>
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
    // A database that cannot be read says neither: the request fails, the operator stays.
    bool databaseAway = false;
    const auto authenticated = m_context.auth.authenticate(m_token, &databaseAway);
    if (databaseAway) {
        failDatabaseAway(request);
        return;
    }
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
    if (route->subject != Subject::None && !maySeeSubject(request, route->subject))
        return;
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
    bool databaseAway = false;
    const auto authenticated = m_context.auth.authenticate(token, &databaseAway);
    if (databaseAway) {
        failDatabaseAway(request); // papo-desk says hello again a moment later
        return;
    }
    m_operator = authenticated ? std::optional(authenticated->account) : std::nullopt;
    m_token = token;
    if (!m_operator) {
        fail(request, ErrorCode::Unauthorized,
             QStringLiteral("The token is missing, wrong or revoked."));
        closeWith(common::CloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    helloAccepted();
    m_deviceId = authenticated->deviceId;
    noteDeviceUsed();
    m_context.hub.addOperator(m_operator->id, this, m_deviceId);
    m_presenceId = m_operator->id;
    m_context.presence.clientConnected(m_presenceId);
    auto &store = m_context.chat.conversations();
    const qint64 newestSeq = store.lastPosition();
    QJsonObject profile = operatorJson(*m_operator, m_context.presence.status(m_operator->id));
    // A new account: papo-desk asks to complete the profile until it is saved once.
    profile.insert(QLatin1String("profilePending"), m_operator->profilePending);
    // helpScout: whether papo-desk offers "Export to Help Scout".
    QJsonObject answer{{QLatin1String("operator"), profile},
                       {QLatin1String("lastSeq"), newestSeq},
                       {QLatin1String("attachmentLimit"), m_context.attachments.maxBytes()},
                       {QLatin1String("helpScout"), m_context.helpScout.settings().connected()}};
    // Where visitors' browsers reach the server, when the team reaches it elsewhere (INS-1).
    if (!m_context.publicUrl.isEmpty())
        answer.insert(QLatin1String("publicUrl"), m_context.publicUrl.toString());
    acknowledge(request, answer);
    if (lastSeq >= 0) {
        markDeliveredUpTo(lastSeq);
        // Only the conversations the operator may see (GRP-1): seq skips the others.
        const auto missed = store.messagesAfter(lastSeq, m_context.access.scope(m_operator->id));
        for (const auto &message : missed)
            sendDurable(message.position, common::encodeEvent(MessageType::Message,
                                                              message.toJson(), message.position));
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

bool OperatorSession::maySeeSubject(const common::Envelope &request, Subject subject)
{
    QLatin1StringView field("conversationId"), noun("conversation");
    if (subject == Subject::Visitor) {
        field = QLatin1StringView("visitorId");
        noun = QLatin1StringView("visitor");
    } else if (subject == Subject::Message) {
        field = QLatin1StringView("messageId");
        noun = QLatin1StringView("message");
    }
    const QJsonValue value = request.data.value(field);
    const qint64 id = value.isDouble() ? value.toInteger() : 0;
    if (id <= 0)
        return true; // not an id at all: the handler answers invalid_field
    ConversationAccess &access = m_context.access;
    const qint64 operatorId = m_operator->id;
    bool visible = false;
    if (subject == Subject::Visitor) {
        visible = access.maySeeVisitor(operatorId, id);
    } else if (subject == Subject::Conversation) {
        visible = access.maySeeConversation(operatorId, id);
    } else {
        const auto message = m_context.chat.conversations().message(id);
        visible = message && access.maySeeConversation(operatorId, message->conversationId);
    }
    if (!visible)
        fail(request, ErrorCode::NotFound, QStringLiteral("There is no %1 %2.").arg(noun).arg(id));
    return visible;
}

} // namespace papo::server
