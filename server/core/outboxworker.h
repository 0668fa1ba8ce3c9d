#pragma once

#include "clock.h"

#include <helpscoutclient.h>
#include <httpposter.h>
#include <nextturn.h>
#include <outboxrepository.h>
#include <smtpsender.h>

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace papo::server {

class DeadlineScheduler;
class EmailComposer;
class EmailRepository;
class HelpScoutComposer;
class WebhookComposer;

// Delivers the outbox (docs/integrations.md): claims due rows, sends each (emails through
// SmtpSender, webhook and Slack posts through HttpPoster, Help Scout exports through
// HelpScoutClient), and marks it sent, or tries again later with exponential backoff and
// jitter (30 s doubling up to an hour) until 24 hours have passed since its cause, when it is
// marked failed. Its one deadline lives on
// the server's DeadlineScheduler. A row is claimed for a lease of five minutes, so a row whose
// node died mid-delivery is taken up again; the row's Message-ID stays the same.
class OutboxWorker final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 GiveUpAfterSeconds = 24 * 3600;
    static constexpr qint64 LeaseSeconds = 300;
    static constexpr qint64 RecheckMs = 60 * 1000; // rows other nodes wrote

    struct Senders
    {
        SmtpSender &smtp;
        EmailComposer &emails;
        HttpPoster &http;
        WebhookComposer &posts;
        HelpScoutClient &helpScout;
        HelpScoutComposer &helpScoutExports;
    };

    OutboxWorker(QSqlDatabase db, DeadlineScheduler &deadlines, Senders senders, QString caFile,
                 Clock clock = systemClock(), QObject *parent = nullptr);

    // Delivers the rows due now, if any, and arms the deadline for the next one.
    void wake();
    // wake() once, on the event loop's next turn, however many events asked for it (a busy
    // chat would otherwise read the outbox several times per message), and only when this
    // process queued a row since the last wake().
    void wakeSoon();
    bool retryNow(qint64 id);
    // The delay before attempt `attempts` + 1 (`random` in [0, 1) draws the jitter).
    static qint64 backoffMs(int attempts, double random);
    SmtpSettings smtpSettings();

signals:
    void entryChanged(qint64 id);

private:
    void runDue();
    void deliver(const OutboxEntry &entry);
    void deliverEmail(const OutboxEntry &entry);
    void deliverPost(const OutboxEntry &entry);
    void deliverHelpScout(const OutboxEntry &entry);
    void cancel(const OutboxEntry &entry, const QString &reason);
    // `permanent`: no point trying again by itself; `reply` becomes the row's last error.
    void finished(const OutboxEntry &entry, bool ok, bool permanent, const QString &reply);
    void arm();
    void arm(const std::optional<QDateTime> &due);

    QSqlDatabase m_db;
    DeadlineScheduler &m_deadlines;
    Senders m_senders;
    QString m_caFile;
    Clock m_clock;
    quint64 m_deadline = 0;
    qint64 m_deadlineAt = 0;
    quint64 m_queuedSeen = 0; // OutboxRepository::queuedSoFar() at the last wake()
    common::NextTurn m_nextTurnWake{this, [this] { wake(); }};
};

} // namespace papo::server
