#pragma once

#include "clock.h"

#include <QtGlobal>

namespace papo::server {

class AttachmentRepository;
class AttachmentStore;
class DeadlineScheduler;

// Files are not kept for ever: once an hour the server removes uploads that no message
// carried within a day (the visitor closed the page before sending), and the files of
// conversations that are gone or, with --attachment-retention DAYS, idle that long. The
// message keeps the file's name and size; its link then answers 410.
class AttachmentRetention final
{
public:
    static constexpr qint64 UnsentKeptMs = 24LL * 3600 * 1000;
    static constexpr qint64 SweepEveryMs = 3600LL * 1000;
    static constexpr qint64 FirstSweepMs = 60LL * 1000;

    AttachmentRetention(AttachmentStore &store, AttachmentRepository &repository,
                        DeadlineScheduler &deadlines, int retentionDays,
                        Clock clock = systemClock());
    ~AttachmentRetention();

    void start();
    // One pass; returns how many files it removed.
    int sweep();

private:
    void schedule(qint64 afterMs);

    AttachmentStore &m_store;
    AttachmentRepository &m_repository;
    DeadlineScheduler &m_deadlines;
    const int m_retentionDays; // 0: files of live conversations are kept
    Clock m_clock;
    quint64 m_next = 0;
};

} // namespace papo::server
