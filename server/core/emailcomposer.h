#pragma once

#include "unsubscribelinks.h"

#include <mailmessage.h>
#include <outboxrepository.h>

#include <QSqlDatabase>
#include <QUrl>

#include <optional>

namespace papo::server {

class AccountRepository;

// Turns an outbox row into the email to send now, from what the database says at this
// moment: a reply the visitor has read since, or a visitor who unsubscribed, gives no email
// (`skipReason` says why).
class EmailComposer final
{
public:
    EmailComposer(QSqlDatabase db, AccountRepository &accounts, const UnsubscribeLinks &links,
                  QUrl publicBase);

    struct Outcome
    {
        std::optional<MailMessage> message;
        QString skipReason; // set when there is nothing to send
    };
    Outcome compose(const OutboxEntry &entry, const QString &from);
    // Where links in emails point (the server as people reach it).
    void setPublicBase(const QUrl &base) { m_publicBase = base; }

    // A stable Message-ID for the row: a retry is the same email to every mail server.
    static QString messageId(const OutboxEntry &entry, const QString &from);

private:
    Outcome teamEmail(const OutboxEntry &entry, const QString &from);
    Outcome visitorReply(const OutboxEntry &entry, const QString &from);

    QSqlDatabase m_db;
    AccountRepository &m_accounts;
    const UnsubscribeLinks &m_links;
    QUrl m_publicBase;
};

} // namespace papo::server
