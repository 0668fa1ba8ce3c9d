#pragma once

#include "net/serverconnection.h"

#include <protocol/chatmessage.h>

#include <QObject>

namespace papo::desk {

// The operator's own status (STA). One picked in this session stays theirs: after a
// reconnection it is sent again rather than replaced by what the server remembers. Until then
// the server decides, through its hello, its `presence` events and its answers to set_status.
class OwnStatus final : public QObject
{
    Q_OBJECT

public:
    explicit OwnStatus(ServerConnection *connection, QObject *parent = nullptr);

    papo::common::OperatorStatus status() const { return m_status; }
    // The operator picked it: shown at once, sent now if connected, else after the next hello.
    void choose(papo::common::OperatorStatus status);
    // The status the server has for this operator when it says hello.
    void applyHello(papo::common::OperatorStatus status);
    // The status the server names: in a `presence` event about this operator, or in its
    // answer to set_status.
    void applyServerStatus(const QString &statusName);
    // Logging out: Offline, nothing picked. Silent: the caller announces it when it is done.
    void reset();

signals:
    void changed(papo::common::OperatorStatus status);

private:
    void send(papo::common::OperatorStatus status);
    void adopt(papo::common::OperatorStatus status);

    ServerConnection *m_connection;
    papo::common::OperatorStatus m_status = papo::common::OperatorStatus::Offline;
    bool m_chosen = false; // the operator picked a status in this session: keep it
};

} // namespace papo::desk
