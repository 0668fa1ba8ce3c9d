#pragma once

#include "servercontext.h"
#include "session.h"

#include <accountrepository.h>
#include <teamservice.h>

namespace papo::server {

// papo-desk's socket (/ws/operator): hello with a bearer token, then the operator's requests.
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
    void hello(const common::Envelope &request);
    void conversations(const common::Envelope &request);
    void history(const common::Envelope &request);
    void sendMessage(const common::Envelope &request);
    void setStatus(const common::Envelope &request);
    void typing(const common::Envelope &request);
    void dismiss(const common::Envelope &request);
    void visitors(const common::Envelope &request);
    void visitor(const common::Envelope &request);
    void updateVisitor(const common::Envelope &request);
    void addNote(const common::Envelope &request);
    void startConversation(const common::Envelope &request);
    void editMessage(const common::Envelope &request);
    void read(const common::Envelope &request);
    void addOperator(const common::Envelope &request);
    void handOver(const common::Envelope &request);
    void savedReplies(const common::Envelope &request);
    void saveReply(const common::Envelope &request);
    void deleteReply(const common::Envelope &request);
    void team(const common::Envelope &request);
    void websites(const common::Envelope &request);
    void close(const common::Envelope &request);
    void reopen(const common::Envelope &request);
    void setClosed(const common::Envelope &request, bool closed);
    void search(const common::Envelope &request);
    void updateWebsite(const common::Envelope &request);
    bool requireAdmin(const common::Envelope &request);
    void updateProfile(const common::Envelope &request);
    void invite(const common::Envelope &request);
    void setRole(const common::Envelope &request);
    void setActive(const common::Envelope &request);
    void workingHours(const common::Envelope &request);
    void setWorkingHours(const common::Envelope &request);
    void slowAlerts(const common::Envelope &request);
    void setSlowAlerts(const common::Envelope &request);
    void active(const common::Envelope &request);
    void join(const common::Envelope &request);
    void answer(const common::Envelope &request, const TeamResult &result,
                const QJsonObject &data = {});

    ServerContext m_context;
    std::optional<OperatorRecord> m_operator;
    QString m_token;
    qint64 m_presenceId = 0; // the operator this connection counts as present for
};

} // namespace papo::server
