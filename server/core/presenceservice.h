#pragma once

#include <accountrepository.h>
#include <chatmessage.h>
#include <statushistoryrepository.h>

#include <QHash>
#include <QObject>

namespace papo::server {

// Operators' chosen statuses (persisted) and live connections; from both, the widget mode.
// An operator counts as online while their status is online and a client is connected.
// Every change of either is written to the status history the reports read (REP-1).
class PresenceService final : public QObject
{
    Q_OBJECT

public:
    explicit PresenceService(AccountRepository &accounts, QObject *parent = nullptr);

    void clientConnected(qint64 operatorId);
    void clientDisconnected(qint64 operatorId);
    bool setStatus(qint64 operatorId, common::OperatorStatus status);
    common::OperatorStatus status(qint64 operatorId) const;

    bool isLive() const;
    QList<qint64> onlineOperators() const;
    bool isOnline(qint64 operatorId) const;

signals:
    void liveChanged(bool live);
    void statusChanged(qint64 operatorId, common::OperatorStatus status);
    // The operator became online (status online with a client connected) or stopped being so.
    void onlineChanged(qint64 operatorId, bool online);

private:
    template<typename Change>
    void applyAndAnnounce(qint64 operatorId, Change change);

    AccountRepository &m_accounts;
    StatusHistoryRepository m_history;
    QHash<qint64, common::OperatorStatus> m_statuses;
    QHash<qint64, int> m_connections;
};

} // namespace papo::server
