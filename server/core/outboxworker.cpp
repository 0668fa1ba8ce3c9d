#include "outboxworker.h"

#include "deadlinescheduler.h"
#include "emailcomposer.h"

#include <emailrepository.h>

#include <QRandomGenerator>

namespace papo::server {

namespace {

constexpr int ClaimBatch = 10;

SmtpSettings::Security securityOf(const QString &name)
{
    if (name == QLatin1String("tls"))
        return SmtpSettings::Security::Tls;
    if (name == QLatin1String("none"))
        return SmtpSettings::Security::None;
    return SmtpSettings::Security::StartTls;
}

} // namespace

OutboxWorker::OutboxWorker(QSqlDatabase db, DeadlineScheduler &deadlines, SmtpSender &sender,
                           EmailComposer &composer, QString caFile, Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_deadlines(deadlines)
    , m_sender(sender)
    , m_composer(composer)
    , m_caFile(std::move(caFile))
    , m_clock(std::move(clock))
{}

qint64 OutboxWorker::backoffMs(int attempts, double random)
{
    const qint64 base = 30'000LL << std::min(attempts > 0 ? attempts - 1 : 0, 7);
    const qint64 capped = std::min<qint64>(base, 3600'000);
    // "Equal jitter": half fixed, half random, so retries from many rows spread out.
    return capped / 2 + qint64(double(capped / 2) * random);
}

SmtpSettings OutboxWorker::smtpSettings()
{
    const EmailSettingsRecord record = EmailRepository(m_db).settings();
    SmtpSettings settings;
    settings.host = record.host;
    settings.port = record.port;
    settings.security = securityOf(record.security);
    settings.user = record.user;
    settings.password = record.password;
    settings.caFile = m_caFile;
    return settings;
}

void OutboxWorker::wake()
{
    runDue();
}

bool OutboxWorker::retryNow(qint64 id)
{
    if (!OutboxRepository(m_db).retryNow(id, m_clock()))
        return false;
    emit entryChanged(id);
    runDue();
    return true;
}

void OutboxWorker::runDue()
{
    const QDateTime now = m_clock();
    const auto claimed
        = OutboxRepository(m_db).claimDue(now, now.addSecs(LeaseSeconds), ClaimBatch);
    for (const OutboxEntry &entry : claimed)
        deliver(entry);
    arm();
}

void OutboxWorker::deliver(const OutboxEntry &entry)
{
    emit entryChanged(entry.id);
    const EmailSettingsRecord settings = EmailRepository(m_db).settings();
    if (!settings.configured()) {
        finished(entry,
                 {false, false, 0, QStringLiteral("Email is not set up (Settings → Email).")});
        return;
    }
    const EmailComposer::Outcome outcome = m_composer.compose(entry, settings.from);
    if (!outcome.message) {
        OutboxRepository(m_db).finish(entry.id, QStringLiteral("cancelled"), outcome.skipReason,
                                      m_clock(), entry.attempts);
        emit entryChanged(entry.id);
        return;
    }
    m_sender.send(smtpSettings(), *outcome.message,
                  [this, entry](const SmtpResult &result) { finished(entry, result); });
}

void OutboxWorker::finished(const OutboxEntry &entry, const SmtpResult &result)
{
    OutboxRepository outbox(m_db);
    const QDateTime now = m_clock();
    const int attempts = entry.attempts + 1;
    if (result.ok) {
        outbox.finish(entry.id, QStringLiteral("sent"), result.reply, now, attempts);
    } else {
        const QDateTime next
            = now.addMSecs(backoffMs(attempts, QRandomGenerator::global()->generateDouble()));
        if (result.permanent || entry.createdAt.secsTo(next) > GiveUpAfterSeconds)
            outbox.finish(entry.id, QStringLiteral("failed"), result.reply, now, attempts);
        else
            outbox.reschedule(entry.id, attempts, next, result.reply);
    }
    emit entryChanged(entry.id);
    arm();
}

void OutboxWorker::arm()
{
    const QDateTime now = m_clock();
    const auto due = OutboxRepository(m_db).earliestDue();
    qint64 inMs = RecheckMs;
    if (due)
        inMs = std::clamp<qint64>(now.msecsTo(*due), 0, RecheckMs);
    const qint64 at = m_deadlines.now() + inMs;
    if (m_deadline != 0 && m_deadlineAt <= at)
        return; // the one already armed comes first
    if (m_deadline != 0)
        m_deadlines.cancel(m_deadline);
    m_deadlineAt = at;
    m_deadline = m_deadlines.scheduleAt(at, [this] {
        m_deadline = 0;
        runDue();
    });
}

} // namespace papo::server
