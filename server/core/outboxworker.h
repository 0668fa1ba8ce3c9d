#pragma once

#include "clock.h"

#include <outboxrepository.h>
#include <smtpsender.h>

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace papo::server {

class DeadlineScheduler;
class EmailComposer;
class EmailRepository;

// Delivers the outbox (docs/integrations.md): claims due rows, sends each, and marks it sent,
// or tries again later with exponential backoff and jitter (30 s doubling up to an hour) until
// 24 hours have passed since its cause, when it is marked failed. Its one deadline lives on
// the server's DeadlineScheduler. A row is claimed for a lease of five minutes, so a row whose
// node died mid-delivery is taken up again; the row's Message-ID stays the same.
class OutboxWorker final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 GiveUpAfterSeconds = 24 * 3600;
    static constexpr qint64 LeaseSeconds = 300;
    static constexpr qint64 RecheckMs = 60 * 1000; // rows other nodes wrote

    OutboxWorker(QSqlDatabase db, DeadlineScheduler &deadlines, SmtpSender &sender,
                 EmailComposer &composer, QString caFile, Clock clock = systemClock(),
                 QObject *parent = nullptr);

    // Looks for due rows now and arms the deadline for the next one.
    void wake();
    bool retryNow(qint64 id);
    // The delay before attempt `attempts` + 1 (`random` in [0, 1) draws the jitter).
    static qint64 backoffMs(int attempts, double random);
    SmtpSettings smtpSettings();

signals:
    void entryChanged(qint64 id);

private:
    void runDue();
    void deliver(const OutboxEntry &entry);
    void finished(const OutboxEntry &entry, const SmtpResult &result);
    void arm();

    QSqlDatabase m_db;
    DeadlineScheduler &m_deadlines;
    SmtpSender &m_sender;
    EmailComposer &m_composer;
    QString m_caFile;
    Clock m_clock;
    quint64 m_deadline = 0;
    qint64 m_deadlineAt = 0;
};

} // namespace papo::server
