#pragma once

#include "clock.h"

#include <httpposter.h>
#include <outboxrepository.h>

#include <QSqlDatabase>

#include <optional>

namespace papo::server {

// Turns a webhook or Slack row of the outbox into the POST to make now (INT-3): the body
// frozen when the event happened, to the destination as it is configured now (a deleted
// webhook or a cleared Slack URL sends nothing), a webhook's body signed with its secret.
class WebhookComposer final
{
public:
    struct Outcome
    {
        std::optional<HttpPostRequest> request;
        QString skipReason; // without a request: why nothing is sent
    };

    explicit WebhookComposer(QSqlDatabase db, Clock clock = systemClock());

    Outcome compose(const OutboxEntry &entry);
    // `t=TIMESTAMP,v1=HEX(HMAC-SHA256(secret, TIMESTAMP + "." + body))`.
    static QByteArray signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace papo::server
