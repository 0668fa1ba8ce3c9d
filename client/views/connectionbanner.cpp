#include "connectionbanner.h"

namespace papo::desk {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    setStyleSheet(QStringLiteral("QLabel#connectionBanner { background: #fff4ce; color: #5c4400;"
                                 " border-bottom: 1px solid #e8d48a; font-weight: 600; }"));
    setAccessibleName(tr("Connection status"));
    hide();
}

void ConnectionBanner::setConnectionState(ServerConnection::State state)
{
    switch (state) {
    case ServerConnection::State::Connected:
        m_wasConnected = true;
        hide();
        return;
    case ServerConnection::State::Idle:
        m_wasConnected = false;
        hide();
        return;
    case ServerConnection::State::Connecting:
        setText(m_wasConnected ? tr("Disconnected — reconnecting…") : tr("Connecting…"));
        break;
    case ServerConnection::State::Disconnected:
        setText(tr("Disconnected — reconnecting…"));
        break;
    }
    show();
}

} // namespace papo::desk
