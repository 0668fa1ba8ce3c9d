#pragma once

#include <QLabel>

namespace papo::desk {

class ChatController;

// A live line in the status bar that screen readers are told about (Qt 6.4 has no
// announcement event: a name change of this label is what Orca and NVDA hear). It says the
// operator's status when it changes, the connection when it drops, and each new message in
// the open chat.
class Announcer final : public QLabel
{
    Q_OBJECT

public:
    explicit Announcer(ChatController *controller, QWidget *parent = nullptr);

    void announce(const QString &text);

signals:
    void announced(const QString &text);

private:
    void announceNewMessages(int first, int last);

    ChatController *m_controller;
};

} // namespace papo::desk
