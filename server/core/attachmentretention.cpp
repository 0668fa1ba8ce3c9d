#include "attachmentretention.h"

#include "attachmentstore.h"
#include "deadlinescheduler.h"

#include <attachmentrepository.h>

namespace papo::server {

AttachmentRetention::AttachmentRetention(AttachmentStore &store, AttachmentRepository &repository,
                                         DeadlineScheduler &deadlines, int retentionDays,
                                         Clock clock)
    : m_store(store)
    , m_repository(repository)
    , m_deadlines(deadlines)
    , m_retentionDays(retentionDays)
    , m_clock(std::move(clock))
{}

AttachmentRetention::~AttachmentRetention()
{
    m_deadlines.cancel(m_next);
}

void AttachmentRetention::start()
{
    schedule(FirstSweepMs);
}

void AttachmentRetention::schedule(qint64 afterMs)
{
    m_next = m_deadlines.scheduleAt(m_deadlines.now() + afterMs, [this] {
        sweep();
        schedule(SweepEveryMs);
    });
}

int AttachmentRetention::sweep()
{
    const QDateTime now = m_clock();
    int removed = 0;
    const QStringList unsent = m_repository.unsentBefore(now.addMSecs(-UnsentKeptMs));
    for (const QString &id : unsent) {
        removed += m_store.removeFile(id) ? 1 : 0;
        m_repository.remove(id);
    }
    const QDateTime idleSince = m_retentionDays > 0 ? now.addDays(-m_retentionDays) : QDateTime();
    const QStringList expired = m_repository.ofConversationsGoneOrIdleSince(idleSince);
    for (const QString &id : expired)
        removed += m_store.removeFile(id) ? 1 : 0; // the row stays: messages name the file
    return removed;
}

} // namespace papo::server
