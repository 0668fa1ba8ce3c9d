#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace papo::desk {

class EmailSettingsController;

// Settings → Deliveries (INT-1, INT-2): the outbox as admins see it — each email's status,
// attempts and last error — with "Retry now" for one that waits or failed.
class DeliveriesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveriesPage(EmailSettingsController *controller, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void retrySelected();

    EmailSettingsController *m_controller;
    QTreeWidget *m_list;
    QPushButton *m_refresh;
    QPushButton *m_retry;
};

} // namespace papo::desk
