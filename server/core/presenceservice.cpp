#include "presenceservice.h"

namespace papo::server {

PresenceService::PresenceService(AccountRepository &accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_history(accounts.database())
{
    const auto operators = m_accounts.operators();
    for (const OperatorRecord &record : operators)
        m_statuses.insert(record.id, record.status);
}

template<typename Change>
void PresenceService::applyAndAnnounce(qint64 operatorId, Change change)
{
    const bool wasLive = isLive();
    const bool wasOnline = isOnline(operatorId);
    const auto wasStatus = status(operatorId);
    const bool wasConnected = m_connections.contains(operatorId);
    change();
    const bool connected = m_connections.contains(operatorId);
    if (status(operatorId) != wasStatus || connected != wasConnected) {
        if (!m_history.record(
                {operatorId, status(operatorId), connected, QDateTime::currentDateTimeUtc()}))
            qWarning("The status history of operator %lld could not be written.", operatorId);
    }
    if (isOnline(operatorId) != wasOnline)
        emit onlineChanged(operatorId, !wasOnline);
    if (isLive() != wasLive)
        emit liveChanged(!wasLive);
}

bool PresenceService::isOnline(qint64 operatorId) const
{
    return m_connections.contains(operatorId)
           && status(operatorId) == common::OperatorStatus::Online;
}

void PresenceService::clientConnected(qint64 operatorId)
{
    // An account made since the start (an accepted invite) brings its status along: a new
    // account starts online.
    if (!m_statuses.contains(operatorId)) {
        if (const auto account = m_accounts.operatorById(operatorId))
            m_statuses.insert(operatorId, account->status);
    }
    applyAndAnnounce(operatorId, [&] { ++m_connections[operatorId]; });
}

void PresenceService::clientDisconnected(qint64 operatorId)
{
    applyAndAnnounce(operatorId, [&] {
        if (--m_connections[operatorId] <= 0)
            m_connections.remove(operatorId);
    });
}

bool PresenceService::setStatus(qint64 operatorId, common::OperatorStatus status)
{
    if (!m_accounts.setOperatorStatus(operatorId, status))
        return false;
    const bool changed = m_statuses.value(operatorId, common::OperatorStatus::Offline) != status;
    applyAndAnnounce(operatorId, [&] { m_statuses.insert(operatorId, status); });
    if (changed)
        emit statusChanged(operatorId, status);
    return true;
}

common::OperatorStatus PresenceService::status(qint64 operatorId) const
{
    return m_statuses.value(operatorId, common::OperatorStatus::Offline);
}

QList<qint64> PresenceService::onlineOperators() const
{
    QList<qint64> result;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (isOnline(it.key()))
            result.append(it.key());
    }
    return result;
}

bool PresenceService::isLive() const
{
    return !onlineOperators().isEmpty();
}

} // namespace papo::server
