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
    const bool wasConnectedAnywhere = isConnectedAnywhere(operatorId);
    change();
    const bool connected = m_connections.contains(operatorId);
    if (connected != wasConnected)
        emit connectedHereChanged(operatorId, connected);
    if (status(operatorId) != wasStatus || isConnectedAnywhere(operatorId) != wasConnectedAnywhere)
        recordHistory(operatorId);
    if (isOnline(operatorId) != wasOnline)
        emit onlineChanged(operatorId, !wasOnline);
    if (isLive() != wasLive)
        emit liveChanged(!wasLive);
}

template<typename Change>
void PresenceService::announceOnline(const QSet<qint64> &operatorIds, Change change)
{
    const bool wasLive = isLive();
    QSet<qint64> wasOnline, wasConnected;
    for (qint64 operatorId : operatorIds) {
        if (isOnline(operatorId))
            wasOnline.insert(operatorId);
        if (isConnectedAnywhere(operatorId))
            wasConnected.insert(operatorId);
    }
    change();
    for (qint64 operatorId : operatorIds) {
        if (isOnline(operatorId) != wasOnline.contains(operatorId))
            emit onlineChanged(operatorId, !wasOnline.contains(operatorId));
        // Every node that sees an operator's last client go (here or on a node that died)
        // says so in the history; a second row with the same state changes no report.
        if (isConnectedAnywhere(operatorId) != wasConnected.contains(operatorId))
            recordHistory(operatorId);
    }
    if (isLive() != wasLive)
        emit liveChanged(!wasLive);
}

bool PresenceService::isConnectedAnywhere(qint64 operatorId) const
{
    return m_connections.contains(operatorId) || m_connectedElsewhere.contains(operatorId);
}

bool PresenceService::isOnline(qint64 operatorId) const
{
    return isConnectedAnywhere(operatorId) && status(operatorId) == common::OperatorStatus::Online;
}

void PresenceService::recordHistory(qint64 operatorId)
{
    if (!m_history.record({operatorId, status(operatorId), isConnectedAnywhere(operatorId),
                           QDateTime::currentDateTimeUtc()}))
        qWarning("The status history of operator %lld could not be written.", operatorId);
}

void PresenceService::setConnectedElsewhere(const QSet<qint64> &operatorIds)
{
    announceOnline(operatorIds | m_connectedElsewhere, [&] {
        for (qint64 operatorId : operatorIds) {
            if (!m_statuses.contains(operatorId)) { // an account made on another node
                if (const auto account = m_accounts.operatorById(operatorId))
                    m_statuses.insert(operatorId, account->status);
            }
        }
        m_connectedElsewhere = operatorIds;
    });
}

void PresenceService::reloadStatuses()
{
    const auto operators = m_accounts.operators();
    QSet<qint64> ids;
    for (const OperatorRecord &record : operators)
        ids.insert(record.id);
    announceOnline(ids, [&] {
        for (const OperatorRecord &record : operators)
            m_statuses.insert(record.id, record.status);
    });
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
    for (qint64 operatorId : m_connectedElsewhere) {
        if (!m_connections.contains(operatorId) && isOnline(operatorId))
            result.append(operatorId);
    }
    return result;
}

bool PresenceService::isLive() const
{
    return !onlineOperators().isEmpty();
}

} // namespace papo::server
