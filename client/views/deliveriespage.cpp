#include "deliveriespage.h"

#include "app/emailsettingscontroller.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace papo::desk {

namespace {

enum Column { StatusColumn, WhatColumn, AttemptsColumn, LastErrorColumn, CreatedColumn };

// An email by its purpose; a webhook by its event and URL; a Slack post by why it was made;
// a Help Scout export as such.
QString what(const QJsonObject &delivery, const QString &purpose)
{
    const QString kind = delivery.value(QLatin1String("kind")).toString();
    const QString target = delivery.value(QLatin1String("target")).toString();
    const QString event = delivery.value(QLatin1String("purpose")).toString();
    if (kind == QLatin1String("webhook"))
        return DeliveriesPage::tr("Webhook %1 to %2").arg(event, target);
    if (kind == QLatin1String("helpscout"))
        return DeliveriesPage::tr("Chat exported to Help Scout");
    if (kind == QLatin1String("slack"))
        return event == QLatin1String("new_chat") ? DeliveriesPage::tr("New chat to Slack")
                                                  : DeliveriesPage::tr("Offline message to Slack");
    return purpose;
}

} // namespace

DeliveriesPage::DeliveriesPage(EmailSettingsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new QTreeWidget(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_retry(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("deliveriesPage"));
    m_list->setObjectName(QStringLiteral("deliveriesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Status"), tr("What"), tr("Attempts"), tr("Last error"), tr("Created")});
    m_list->header()->setSectionResizeMode(LastErrorColumn, QHeaderView::Stretch);
    m_refresh->setObjectName(QStringLiteral("refreshDeliveriesButton"));
    m_retry->setObjectName(QStringLiteral("retryDeliveryButton"));
    m_retry->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_controller, &EmailSettingsController::deliveriesChanged, this,
            &DeliveriesPage::reload);
    connect(m_refresh, &QPushButton::clicked, m_controller,
            &EmailSettingsController::fetchDeliveries);
    connect(m_retry, &QPushButton::clicked, this, &DeliveriesPage::retrySelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString status
            = item ? item->data(StatusColumn, Qt::UserRole + 1).toString() : QString();
        m_retry->setEnabled(status == QLatin1String("pending")
                            || status == QLatin1String("failed"));
    });
}

void DeliveriesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->fetchDeliveries();
}

void DeliveriesPage::reload()
{
    const qint64 selected
        = m_list->currentItem()
              ? m_list->currentItem()->data(StatusColumn, Qt::UserRole).toLongLong()
              : 0;
    m_list->clear();
    const QHash<QString, QString> statuses{{QStringLiteral("pending"), tr("Waiting")},
                                           {QStringLiteral("sending"), tr("Sending")},
                                           {QStringLiteral("sent"), tr("Sent")},
                                           {QStringLiteral("failed"), tr("Failed")},
                                           {QStringLiteral("cancelled"), tr("Not needed")}};
    const QHash<QString, QString> purposes{
        {QStringLiteral("transcript"), tr("Transcript to the team")},
        {QStringLiteral("offline_message"), tr("Offline message to the team")},
        {QStringLiteral("visitor_reply"), tr("Reply to the visitor")}};
    for (const QJsonValue &value : m_controller->deliveries()) {
        const QJsonObject delivery = value.toObject();
        const QString status = delivery.value(QLatin1String("status")).toString();
        const QString purpose = delivery.value(QLatin1String("purpose")).toString();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(StatusColumn, statuses.value(status, status));
        item->setData(StatusColumn, Qt::UserRole, delivery.value(QLatin1String("id")).toInteger());
        item->setData(StatusColumn, Qt::UserRole + 1, status);
        item->setText(WhatColumn, what(delivery, purposes.value(purpose, purpose)));
        item->setText(AttemptsColumn,
                      QString::number(delivery.value(QLatin1String("attempts")).toInt()));
        item->setText(LastErrorColumn, delivery.value(QLatin1String("lastError")).toString());
        item->setToolTip(LastErrorColumn, item->text(LastErrorColumn));
        item->setText(CreatedColumn,
                      QLocale().toString(QDateTime::fromString(
                                             delivery.value(QLatin1String("createdAt")).toString(),
                                             Qt::ISODateWithMs)
                                             .toLocalTime(),
                                         QLocale::ShortFormat));
        if (item->data(StatusColumn, Qt::UserRole).toLongLong() == selected)
            m_list->setCurrentItem(item);
    }
}

void DeliveriesPage::retrySelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_retry->setEnabled(false);
    m_controller->retry(item->data(StatusColumn, Qt::UserRole).toLongLong(), this,
                        [this](const QString &error) {
                            if (!error.isEmpty())
                                QMessageBox::warning(this, tr("Retry now"), error);
                        });
}

} // namespace papo::desk
