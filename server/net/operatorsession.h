#pragma once

#include "requests/operatorroutes.h"
#include "servercontext.h"
#include "session.h"

#include <accountrepository.h>

namespace papo::server {

class OperatorCall;

// papo-desk's socket (/ws/operator): hello with a bearer token, then the operator's
// requests, each dispatched through the one table of operatorroutes.h.
class OperatorSession final : public Session
{
    Q_OBJECT

public:
    OperatorSession(std::unique_ptr<QWebSocket> socket, ServerContext context,
                    QObject *parent = nullptr);
    ~OperatorSession() override;

protected:
    void handle(const common::Envelope &request) override;

private:
    friend class OperatorCall; // answers through this session's socket

    void hello(const common::Envelope &request);
    // Keeps the device's "last used" and address current, at most every few minutes.
    void noteDeviceUsed();
    // GRP-1: the conversation, visitor or message the request names is in the caller's sight.
    bool maySeeSubject(const common::Envelope &request, Subject subject);

    ServerContext m_context;
    std::optional<OperatorRecord> m_operator;
    QString m_token;
    qint64 m_deviceId = 0;
    qint64 m_deviceNotedAt = 0; // DeadlineScheduler time of the last noteDeviceUsed()
    qint64 m_presenceId = 0;    // the operator this connection counts as present for
};

} // namespace papo::server
