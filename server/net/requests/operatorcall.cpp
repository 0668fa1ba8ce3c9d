#include "operatorcall.h"

#include <operatorsession.h>
#include <visitorservice.h>

#include <QNetworkRequest>

namespace papo::server {

OperatorCall::OperatorCall(OperatorSession &session, const common::Envelope &request,
                           const OperatorRecord &caller, qint64 deviceId, ServerContext &context)
    : m_session(&session)
    , m_request(request)
    , m_caller(caller)
    , m_deviceId(deviceId)
    , m_context(context)
{}

QUrl OperatorCall::linkBase() const
{
    if (!m_context.publicUrl.isEmpty())
        return m_context.publicUrl;
    return m_session ? m_session->socket().requestUrl() : QUrl();
}

QString OperatorCall::clientAddress() const
{
    if (!m_session)
        return {};
    QWebSocket &socket = m_session->socket();
    return m_context.visitors
        .clientAddress(socket.peerAddress(),
                       QString::fromLatin1(socket.request().rawHeader("X-Forwarded-For")))
        .toString();
}

void OperatorCall::acknowledge(const QJsonObject &data)
{
    if (m_session)
        m_session->acknowledge(m_request, data);
}

void OperatorCall::acknowledgeJson(const QByteArray &dataJson)
{
    if (m_session && !m_request.id.isEmpty())
        m_session->send(common::encodeAckJson(m_request.id, dataJson));
}

void OperatorCall::fail(common::ErrorCode code, const QString &message)
{
    if (m_session)
        m_session->fail(m_request, code, message);
}

bool OperatorCall::rejectInvalid(const common::FieldReader &fields)
{
    if (fields.ok())
        return false;
    fail(fields.errorCode(), fields.errorMessage());
    return true;
}

void OperatorCall::answer(const ServiceResult &result, const QJsonObject &data)
{
    if (result.ok())
        acknowledge(data);
    else
        fail(result.error, result.message);
}

bool OperatorCall::requireAdmin()
{
    if (m_caller.isAdmin())
        return true;
    fail(common::ErrorCode::Forbidden,
         QStringLiteral("Only owners and admins may change settings."));
    return false;
}

ChatService::Done OperatorCall::answerWhenDone()
{
    return m_session->answerWhenDone(m_request);
}

ChatService::PostCallback OperatorCall::answerPostWhenDone()
{
    return m_session->answerPostWhenDone(m_request);
}

std::function<void(const QJsonObject &)> OperatorCall::acknowledgeLater()
{
    return [session = m_session, request = m_request](const QJsonObject &data) {
        if (session)
            session->acknowledge(request, data);
    };
}

std::function<void(common::ErrorCode, const QString &)> OperatorCall::failLater()
{
    return
        [session = m_session, request = m_request](common::ErrorCode code, const QString &message) {
            if (session)
                session->fail(request, code, message);
        };
}

} // namespace papo::server
