#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace papo::desk {

ShortcutSheet::ShortcutSheet(const QList<QAction *> &chat, const QList<QAction *> &view,
                             const QList<QAction *> &status, const QList<QAction *> &help,
                             QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    addSection(tr("Chats"), chat);
    addSection(tr("Lists and tabs"), view);
    addSection(tr("Status"), status);
    addSection(tr("Writing a reply"),
               {{tr("Send"), tr("Enter")},
                {tr("New line"), tr("Shift+Enter")},
                {tr("Saved replies"), tr("/ then the keyword, ↑ ↓ and Enter or Tab")},
                {tr("Edit your last message"), tr("↑ in an empty field")},
                {tr("Cancel editing"), tr("Esc")}});
    addSection(tr("Lists"),
               {{tr("Dismiss the chat from the queue"),
                 QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
                {tr("From the search field to the results"), tr("↓")}});
    addSection(tr("Help"), help);
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ShortcutSheet::addSection(const QString &title, const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        rows.append({action->text().remove(QLatin1Char('&')), keys.join(tr(" or "))});
    }
    addSection(title, rows);
}

void ShortcutSheet::addSection(const QString &title, const QList<std::pair<QString, QString>> &rows)
{
    auto *section = new QTreeWidgetItem(m_list, {title});
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    section->setFlags(Qt::ItemIsEnabled);
    section->setFirstColumnSpanned(true);
    for (const auto &[action, keys] : rows)
        new QTreeWidgetItem(section, {action, keys});
}

} // namespace papo::desk
