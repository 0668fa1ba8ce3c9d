#pragma once

#include "net/serverconnection.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace papo::desk {

// The strip above the conversations that says the app is not connected, so the operator
// knows that replies wait in the queue until the connection is back; while it waits for the
// next attempt, "Reconnect now" tries at once.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setConnectionState(ServerConnection::State state);
    // Says why, until the next successful connection: the certificate does not verify.
    void showCertificateProblem(const QString &reason);
    QString text() const;

signals:
    void reconnectRequested();

private:
    QLabel *m_label;
    QPushButton *m_reconnect;
    bool m_wasConnected = false;
    QString m_certificateProblem;
};

} // namespace papo::desk
