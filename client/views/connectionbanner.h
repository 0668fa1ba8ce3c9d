#pragma once

#include "net/serverconnection.h"

#include <QLabel>

namespace papo::desk {

// The strip above the conversations that says the app is not connected, so the operator
// knows that replies wait in the queue until the connection is back.
class ConnectionBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setConnectionState(ServerConnection::State state);

private:
    bool m_wasConnected = false;
};

} // namespace papo::desk
