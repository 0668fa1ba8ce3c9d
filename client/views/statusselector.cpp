#include "statusselector.h"

#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

namespace papo::desk {

using papo::common::OperatorStatus;

StatusSelector::StatusSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("statusSelector"));
    setAccessibleName(tr("Status"));
    addItem(statusIcon(OperatorStatus::Online), tr("Online"), int(OperatorStatus::Online));
    addItem(statusIcon(OperatorStatus::Invisible), tr("Invisible"), int(OperatorStatus::Invisible));
    addItem(statusIcon(OperatorStatus::Offline), tr("Offline"), int(OperatorStatus::Offline));
    setItemData(0, tr("You get new chats and notifications"), Qt::ToolTipRole);
    setItemData(1, tr("No new chats or notifications; you can still chat"), Qt::ToolTipRole);
    setItemData(2, tr("No notifications; visitors can leave messages"), Qt::ToolTipRole);
    setCurrentIndex(2);
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit statusRequested(OperatorStatus(itemData(index).toInt())); });
}

void StatusSelector::setStatus(OperatorStatus status)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(int(status)));
}

OperatorStatus StatusSelector::status() const
{
    return OperatorStatus(currentData().toInt());
}

QIcon StatusSelector::statusIcon(OperatorStatus status)
{
    QColor color;
    switch (status) {
    case OperatorStatus::Online:
        color = QColor(0x2d, 0xa4, 0x4e);
        break;
    case OperatorStatus::Invisible:
        color = QColor(0xbf, 0x87, 0x00);
        break;
    case OperatorStatus::Offline:
        color = QColor(0x8c, 0x95, 0x9f);
        break;
    }
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

} // namespace papo::desk
