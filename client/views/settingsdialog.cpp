#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace papo::desk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(900, 640);

    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setFixedWidth(170);
    m_pageList->setSpacing(2);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pageList);
    row->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_pages->addWidget(page);
    m_pageList->addItem(title);
    if (m_pageList->currentRow() < 0)
        m_pageList->setCurrentRow(0);
}

void SettingsDialog::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_pageList->setCurrentRow(index);
}

QWidget *SettingsDialog::currentPage() const
{
    return m_pages->currentWidget();
}

} // namespace papo::desk
