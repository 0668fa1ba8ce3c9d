#include "outboxworker.h"

#include "deadlinescheduler.h"
#include "emailcomposer.h"
#include "helpscoutcomposer.h"
#include "webhookcomposer.h"

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

OutboxWorker::OutboxWorker(QSqlDatabase db, DeadlineScheduler &deadlines, Senders senders,
                           QString caFile, Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_deadlines(deadlines)
    , m_senders(senders)
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
    m_queuedSeen = OutboxRepository::queuedSoFar();
    // A read, not a claim: most events leave nothing in the outbox.
    const auto due = OutboxRepository(m_db).earliestDue();
    if (due && *due <= m_clock())
        runDue();
    else
        arm(due);
}

void OutboxWorker::wakeSoon()
{
    // Every message asks; few queue a row. Rows from other nodes wait for RecheckMs at most.
    if (OutboxRepository::queuedSoFar() != m_queuedSeen)
        m_nextTurnWake.ask();
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
    if (entry.kind == QLatin1String("webhook") || entry.kind == QLatin1String("slack"))
        deliverPost(entry);
    else if (entry.kind == QLatin1String("helpscout"))
        deliverHelpScout(entry);
    else
        deliverEmail(entry);
}

void OutboxWorker::deliverEmail(const OutboxEntry &entry)
{
    const EmailSettingsRecord settings = EmailRepository(m_db).settings();
    if (!settings.configured()) {
        finished(entry, false, false, QStringLiteral("Email is not set up (Settings → Email)."));
        return;
    }
    const EmailComposer::Outcome outcome = m_senders.emails.compose(entry, settings.from);
    if (!outcome.message) {
        cancel(entry, outcome.skipReason);
        return;
    }
    m_senders.smtp.send(smtpSettings(), *outcome.message, [this, entry](const SmtpResult &result) {
        finished(entry, result.ok, result.permanent, result.reply);
    });
}

void OutboxWorker::deliverPost(const OutboxEntry &entry)
{
    const WebhookComposer::Outcome outcome = m_senders.posts.compose(entry);
    if (!outcome.request) {
        cancel(entry, outcome.skipReason);
        return;
    }
    m_senders.http.post(*outcome.request, [this, entry](const HttpPostResult &result) {
        finished(entry, result.ok, result.permanent, result.reply);
    });
}

void OutboxWorker::deliverHelpScout(const OutboxEntry &entry)
{
    const HelpScoutComposer::Outcome outcome = m_senders.helpScoutExports.compose(entry);
    if (!outcome.request) {
        cancel(entry, outcome.skipReason);
        return;
    }
    m_senders.helpScout.exportConversation(
        *outcome.request, [this, entry](const HttpPostResult &result) {
            finished(entry, result.ok, result.permanent, result.reply);
        });
}

void OutboxWorker::cancel(const OutboxEntry &entry, const QString &reason)
{
    OutboxRepository(m_db).finish(entry.id, QStringLiteral("cancelled"), reason, m_clock(),
                                  entry.attempts);
    emit entryChanged(entry.id);
}

void OutboxWorker::finished(const OutboxEntry &entry, bool ok, bool permanent, const QString &reply)
{
    OutboxRepository outbox(m_db);
    const QDateTime now = m_clock();
    const int attempts = entry.attempts + 1;
    if (ok) {
        outbox.finish(entry.id, QStringLiteral("sent"), reply, now, attempts);
    } else {
        const QDateTime next
            = now.addMSecs(backoffMs(attempts, QRandomGenerator::global()->generateDouble()));
        if (permanent || entry.createdAt.secsTo(next) > GiveUpAfterSeconds)
            outbox.finish(entry.id, QStringLiteral("failed"), reply, now, attempts);
        else
            outbox.reschedule(entry.id, attempts, next, reply);
    }
    emit entryChanged(entry.id);
    arm();
}

void OutboxWorker::arm()
{
    arm(OutboxRepository(m_db).earliestDue());
}

void OutboxWorker::arm(const std::optional<QDateTime> &due)
{
    const QDateTime now = m_clock();
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
