#include "teamactivity.h"

#include "presenceservice.h"

#include <accountrepository.h>

namespace papo::server {

namespace {

bool olderThanResolution(const QDateTime &then, const QDateTime &now)
{
    return !then.isValid() || then.msecsTo(now) >= TeamActivity::ResolutionMs;
}

} // namespace

TeamActivity::TeamActivity(AccountRepository &accounts, PresenceService &presence, Clock clock,
                           QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_presence(presence)
    , m_clock(std::move(clock))
{
    const auto operators = m_accounts.operators();
    for (const OperatorRecord &account : operators) {
        if (account.lastActiveAt.isValid()) {
            m_lastActive.insert(account.id, account.lastActiveAt);
            m_stored.insert(account.id, account.lastActiveAt);
            m_announced.insert(account.id, account.lastActiveAt);
        }
    }
    // Going online or offline is always news for the widget.
    connect(&m_presence, &PresenceService::onlineChanged, this,
            [this](qint64 operatorId, bool) { record(operatorId, true); });
}

void TeamActivity::noteActive(qint64 operatorId)
{
    record(operatorId, false);
}

void TeamActivity::record(qint64 operatorId, bool always)
{
    const QDateTime now = m_clock();
    m_lastActive.insert(operatorId, now);
    if (always || olderThanResolution(m_stored.value(operatorId), now)) {
        if (m_accounts.setLastActive(operatorId, now))
            m_stored.insert(operatorId, now);
    }
    // While they are online the widget says so; a message adds nothing it would show.
    const bool news = always
                      || (!m_presence.isOnline(operatorId)
                          && olderThanResolution(m_announced.value(operatorId), now));
    if (news) {
        m_announced.insert(operatorId, now);
        emit changed(operatorId);
    }
}

QDateTime TeamActivity::lastActiveAt(qint64 operatorId) const
{
    return m_presence.isOnline(operatorId) ? m_clock() : m_lastActive.value(operatorId);
}

} // namespace papo::server
