#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace papo::desk {

// Help → Keyboard shortcuts (F1): every shortcut of the main window, read from the actions
// themselves so the sheet never disagrees with the keys, and the composer's own keys.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT

public:
    ShortcutSheet(const QList<QAction *> &chat, const QList<QAction *> &view,
                  const QList<QAction *> &status, const QList<QAction *> &help,
                  QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    void addSection(const QString &title, const QList<QAction *> &actions);
    void addSection(const QString &title, const QList<std::pair<QString, QString>> &rows);

    QTreeWidget *m_list;
};

} // namespace papo::desk
