#pragma once

#include <accountrepository.h>
#include <chatservice.h>
#include <envelope.h>
#include <fieldreader.h>
#include <servercontext.h>
#include <teamservice.h>

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

namespace papo::server {

class OperatorSession;

// One operator request on its way through a handler: who asks, what they sent, the server's
// services, and the one way to answer it (exactly one ack or error per request).
class OperatorCall final
{
public:
    OperatorCall(OperatorSession &session, const common::Envelope &request,
                 const OperatorRecord &caller, qint64 deviceId, ServerContext &context);

    const QJsonObject &data() const { return m_request.data; }
    const OperatorRecord &caller() const { return m_caller; }
    // The signed-in device (bearer token) this request came through.
    qint64 deviceId() const { return m_deviceId; }
    ServerContext &context() const { return m_context; }
    // The base of one-time links the team shares (invites, password resets): --public-url,
    // else the address the operator's socket reached.
    QUrl linkBase() const;
    // Where the operator is, behind the trusted proxies.
    QString clientAddress() const;

    void acknowledge(const QJsonObject &data = {});
    // The same, with the data already written as a compact JSON object.
    void acknowledgeJson(const QByteArray &dataJson);
    void fail(common::ErrorCode code, const QString &message);
    // Answers invalid_field with the reader's first complaint; true when it did.
    bool rejectInvalid(const common::FieldReader &fields);
    // Answers a service's result: the ack with `data`, or the error the service gave.
    void answer(const ServiceResult &result, const QJsonObject &data = {});
    // Owners and admins only; answers forbidden otherwise (false).
    bool requireAdmin();
    // For work that completes later: each answers once, if the socket is still there.
    ChatService::Done answerWhenDone();
    ChatService::PostCallback answerPostWhenDone();
    std::function<void(const QJsonObject &data)> acknowledgeLater();
    std::function<void(common::ErrorCode code, const QString &message)> failLater();

private:
    QPointer<OperatorSession> m_session;
    const common::Envelope &m_request;
    const OperatorRecord &m_caller;
    qint64 m_deviceId;
    ServerContext &m_context;
};

} // namespace papo::server
