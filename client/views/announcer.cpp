#include "announcer.h"

#include "app/chatcontroller.h"
#include "models/messagemodel.h"
#include "tones.h"

#include <QAccessible>

namespace papo::desk {

using papo::common::OperatorStatus;

Announcer::Announcer(ChatController *controller, QWidget *parent)
    : QLabel(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("announcer"));
    setTextFormat(Qt::PlainText);
    setAccessibleDescription(tr("Latest news"));
    Tones::setTone(this, Tones::Tone::Muted);
    setContentsMargins(4, 0, 4, 0);

    connect(controller, &ChatController::statusChanged, this, [this](OperatorStatus status) {
        switch (status) {
        case OperatorStatus::Online:
            announce(tr("You are online"));
            break;
        case OperatorStatus::Invisible:
            announce(tr("You are invisible"));
            break;
        case OperatorStatus::Offline:
            announce(tr("You are offline"));
            break;
        }
    });
    connect(controller, &ChatController::connectionStateChanged, this,
            [this](ServerConnection::State state) {
                if (state == ServerConnection::State::Disconnected)
                    announce(tr("Disconnected from the server, reconnecting"));
            });
    connect(controller->messages(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { announceNewMessages(first, last); });
}

void Announcer::announce(const QString &text)
{
    setText(text);
    setAccessibleName(text);
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit announced(text);
}

void Announcer::announceNewMessages(int first, int last)
{
    const MessageModel *messages = m_controller->messages();
    // Pages of history go on top and my own replies are no news: only others' messages
    // arriving at the end of the open chat are read out.
    if (m_controller->isLoadingHistory() || last != messages->rowCount() - 1 || first == 0)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = messages->index(row);
        if (index.data(MessageModel::IsOwnRole).toBool())
            continue;
        announce(index.data(Qt::AccessibleTextRole).toString());
    }
}

} // namespace papo::desk
