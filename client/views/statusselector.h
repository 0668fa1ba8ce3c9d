#pragma once

#include <protocol/chatmessage.h>

#include <QComboBox>

namespace papo::desk {

// Online / Invisible / Offline (STA-1..3).
class StatusSelector final : public QComboBox
{
    Q_OBJECT

public:
    explicit StatusSelector(QWidget *parent = nullptr);

    // Shows the status without emitting statusRequested.
    void setStatus(papo::common::OperatorStatus status);
    papo::common::OperatorStatus status() const;

    static QIcon statusIcon(papo::common::OperatorStatus status);

signals:
    void statusRequested(papo::common::OperatorStatus status);
};

} // namespace papo::desk
