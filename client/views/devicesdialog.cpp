#include "devicesdialog.h"
#include "tones.h"

#include "app/accountcontroller.h"
#include "models/devicemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace papo::desk {

DevicesDialog::DevicesDialog(AccountController *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_table(new QTableView(this))
    , m_logOutButton(new QPushButton(tr("Log out"), this))
    , m_everywhereButton(new QPushButton(tr("Log out everywhere…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("devicesDialog"));
    setWindowTitle(tr("My devices"));
    resize(640, 320);

    auto *intro = new QLabel(tr("Where your account is signed in to papo-desk. Log out a "
                                "computer you no longer use, or every one if you think someone "
                                "else knows your password."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("devicesTable"));
    m_table->setModel(m_account->devices());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DeviceModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceModel::LastUsedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceModel::AddressColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_logOutButton->setObjectName(QStringLiteral("logOutDeviceButton"));
    m_everywhereButton->setObjectName(QStringLiteral("logOutEverywhereButton"));
    connect(m_logOutButton, &QPushButton::clicked, this, &DevicesDialog::logOutSelected);
    connect(m_everywhereButton, &QPushButton::clicked, this,
            &DevicesDialog::confirmLogOutEverywhere);

    m_message->setObjectName(QStringLiteral("devicesMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    Tones::setTone(m_message, Tones::Tone::Error);
    m_message->hide();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_logOutButton);
    actions->addWidget(m_everywhereButton);
    actions->addStretch(1);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesDialog::updateButtons);
    connect(m_account->devices(), &QAbstractItemModel::modelReset, this,
            &DevicesDialog::updateButtons);
    connect(m_account, &AccountController::devicesFailed, this, [this](const QString &reason) {
        m_message->setText(reason);
        m_message->show();
    });
    updateButtons();
}

void DevicesDialog::reload()
{
    m_message->hide();
    m_account->refreshDevices();
}

qint64 DevicesDialog::selectedDeviceId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DeviceModel::IdRole).toLongLong();
}

void DevicesDialog::updateButtons()
{
    m_logOutButton->setEnabled(selectedDeviceId() > 0);
    m_everywhereButton->setEnabled(m_account->devices()->rowCount() > 0);
}

void DevicesDialog::logOutSelected()
{
    const qint64 deviceId = selectedDeviceId();
    if (deviceId <= 0)
        return;
    m_message->hide();
    m_account->logOutDevice(deviceId);
}

void DevicesDialog::confirmLogOutEverywhere()
{
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Log out everywhere"),
        tr("Log out of papo-desk on every device, this one too? Each of them, this one "
           "included, has to log in again with your password."),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmLogOutEverywhereBox"));
    confirm->setTextFormat(Qt::PlainText);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            m_account->logOutEverywhere();
    });
    confirm->open();
}

} // namespace papo::desk
