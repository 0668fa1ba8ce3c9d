#pragma once

#include <accountrepository.h>
#include <chatmessage.h>
#include <statushistoryrepository.h>

#include <QHash>
#include <QObject>
#include <QSet>

namespace papo::server {

// Operators' chosen statuses (persisted) and live connections; from both, the widget mode.
// An operator counts as online while their status is online and a client is connected, to
// this node or (several nodes) to another live one. Every change of either on this node is
// written to the status history the reports read (REP-1).
class PresenceService final : public QObject
{
    Q_OBJECT

public:
    explicit PresenceService(AccountRepository &accounts, QObject *parent = nullptr);

    void clientConnected(qint64 operatorId);
    void clientDisconnected(qint64 operatorId);
    bool setStatus(qint64 operatorId, common::OperatorStatus status);
    // Several nodes: the operators with a client on another node, and their statuses as the
    // database has them after another node changed one. Announced like local changes, except
    // for statusChanged(): that node tells the operators itself.
    void setConnectedElsewhere(const QSet<qint64> &operatorIds);
    void reloadStatuses();
    common::OperatorStatus status(qint64 operatorId) const;

    bool isLive() const;
    QList<qint64> onlineOperators() const;
    bool isOnline(qint64 operatorId) const;

signals:
    void liveChanged(bool live);
    void statusChanged(qint64 operatorId, common::OperatorStatus status);
    // The operator became online (status online with a client connected) or stopped being so.
    void onlineChanged(qint64 operatorId, bool online);
    // The operator's first client connected to this node, or the last one left it.
    void connectedHereChanged(qint64 operatorId, bool connected);

private:
    template<typename Change>
    void applyAndAnnounce(qint64 operatorId, Change change);
    // The online and live changes of a change made on another node.
    template<typename Change>
    void announceOnline(const QSet<qint64> &operatorIds, Change change);
    // A client of the operator is connected to this node or another (REP-1's "connected").
    bool isConnectedAnywhere(qint64 operatorId) const;
    void recordHistory(qint64 operatorId);

    AccountRepository &m_accounts;
    StatusHistoryRepository m_history;
    QHash<qint64, common::OperatorStatus> m_statuses;
    QHash<qint64, int> m_connections;
    QSet<qint64> m_connectedElsewhere;
};

} // namespace papo::server
