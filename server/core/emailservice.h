#pragma once

#include "unsubscribelinks.h"

#include <emailrepository.h>
#include <outboxrepository.h>
#include <smtpsender.h>

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace papo::server {

class OutboxWorker;

// Settings → Email and Deliveries (INT-1, INT-2): the SMTP settings (the password is kept,
// never given back), each website's and group's team addresses and delay, the test email,
// and the outbox as admins see it.
class EmailService final : public QObject
{
    Q_OBJECT

public:
    EmailService(QSqlDatabase db, OutboxWorker &worker, SmtpSender &sender,
                 const UnsubscribeLinks &links, QObject *parent = nullptr);

    EmailSettingsRecord settings();
    // Checks and stores; an empty password keeps the stored one unless `clearPassword`.
    // Returns what is wrong, or an empty text.
    QString save(const EmailSettingsRecord &settings, bool clearPassword);
    QString setWebsiteEmail(qint64 websiteId, const QString &teamEmails, int delaySeconds);
    QString setGroupEmails(qint64 groupId, const QString &teamEmails);
    QString websiteTeamEmails(qint64 websiteId);
    int visitorEmailDelaySeconds(qint64 websiteId);
    QString groupTeamEmails(qint64 groupId);

    // Sends a test email to `to` now, outside the outbox; `done` gets the server's answer.
    void sendTest(const QString &to, const QString &team, SmtpSender::Done done);

    QList<OutboxEntry> deliveries(int limit);
    bool retryNow(qint64 id);
    // INT-2: the visitor's unsubscribe link was opened; false when its signature is wrong.
    bool unsubscribe(qint64 visitorId, const QString &signature);

    // "a@x, b@y" → the addresses, or what is wrong with them.
    static QString checkAddresses(const QString &text, QString *normalised);

private:
    QSqlDatabase m_db;
    OutboxWorker &m_worker;
    SmtpSender &m_sender;
    const UnsubscribeLinks &m_links;
};

} // namespace papo::server
