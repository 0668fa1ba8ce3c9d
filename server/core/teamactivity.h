#pragma once

#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace papo::server {

class AccountRepository;
class PresenceService;

// WID-1: when each operator was last active, so the widget can say "Active 5 min ago" while
// nobody is online. Being online counts as activity (until the moment it ends), and so does
// sending a message. Kept in memory and written to the database at most once a minute per
// operator (and whenever online ends), so a restart keeps it and chatting costs no writes.
class TeamActivity final : public QObject
{
    Q_OBJECT

public:
    // Coarser than this, nobody reading "5 min ago" can tell the difference.
    static constexpr qint64 ResolutionMs = 60 * 1000;

    TeamActivity(AccountRepository &accounts, PresenceService &presence,
                 Clock clock = systemClock(), QObject *parent = nullptr);

    // The operator did something visitors can see (sent a message).
    void noteActive(qint64 operatorId);
    // Now while they are online; null when they never were active.
    QDateTime lastActiveAt(qint64 operatorId) const;
    QDateTime now() const { return m_clock(); }

signals:
    // What visitors see of the operator's activity changed (online, or a newer last activity).
    void changed(qint64 operatorId);

private:
    void record(qint64 operatorId, bool always);

    AccountRepository &m_accounts;
    PresenceService &m_presence;
    Clock m_clock;
    QHash<qint64, QDateTime> m_lastActive;
    QHash<qint64, QDateTime> m_stored;    // what the database has
    QHash<qint64, QDateTime> m_announced; // what visitors were last told
};

} // namespace papo::server
