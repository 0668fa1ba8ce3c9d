#include "connectionbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace papo::desk {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Reconnect now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    // The tooltip colours: a notice that reads in every theme.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setFrameShape(QFrame::StyledPanel);
    m_label->setForegroundRole(QPalette::ToolTipText);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    setAccessibleName(tr("Connection status"));
    m_label->setTextFormat(Qt::PlainText);
    m_reconnect->setObjectName(QStringLiteral("reconnectNowButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(m_reconnect);
    layout->addStretch();
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionBanner::reconnectRequested);
    hide();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::setConnectionState(ServerConnection::State state)
{
    switch (state) {
    case ServerConnection::State::Connected:
        m_wasConnected = true;
        m_certificateProblem.clear();
        hide();
        return;
    case ServerConnection::State::Idle:
        m_wasConnected = false;
        hide();
        return;
    case ServerConnection::State::Connecting:
        m_label->setText(m_wasConnected ? tr("Disconnected — reconnecting…") : tr("Connecting…"));
        m_reconnect->hide();
        break;
    case ServerConnection::State::Disconnected:
        m_label->setText(m_certificateProblem.isEmpty() ? tr("Disconnected — reconnecting…")
                                                        : m_certificateProblem);
        m_reconnect->show(); // the next attempt is scheduled: the operator may not want to wait
        break;
    }
    show();
}

void ConnectionBanner::showCertificateProblem(const QString &reason)
{
    m_certificateProblem
        = tr("Not connected: the server's certificate is not trusted (%1).").arg(reason);
    m_label->setText(m_certificateProblem);
    show();
}

} // namespace papo::desk
