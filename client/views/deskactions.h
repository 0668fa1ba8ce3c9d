#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace papo::desk {

class ChatController;
class MainWindow;

// Everything an operator repeats all day, as actions with keyboard shortcuts: answer the
// chat that has waited longest, the next or previous chat, Queue / Mine / Closed and the
// main tabs, search, the composer, close / reopen, add an operator or hand over, and the
// status. Shortcuts follow the platform (QKeySequence's standard keys where one exists);
// the menus, the buttons' tooltips and the Keyboard shortcuts sheet (F1) show them.
class DeskActions final : public QObject
{
    Q_OBJECT

public:
    DeskActions(MainWindow *window, ChatController *controller);

    // The Chat, View and Help menus.
    void addMenus(QMenuBar *menuBar);
    // Every action with a shortcut, in the order the sheet lists them.
    const QList<QAction *> &actions() const { return m_actions; }
    QAction *action(const QString &objectName) const;
    void showShortcutSheet();

    // "Close this chat (Ctrl+W)": a tooltip that teaches the shortcut.
    static QString withShortcut(const QString &text, const QKeySequence &shortcut);

private:
    QAction *add(const QString &objectName, const QString &text,
                 const QList<QKeySequence> &shortcuts, const QString &statusTip = {});
    void createChatActions();
    void createViewActions();
    void createStatusActions();
    void showLists();
    void answerLongestWaiting();
    void showTooltips();

    MainWindow *m_window;
    ChatController *m_controller;
    QList<QAction *> m_actions;
    QList<QAction *> m_chatActions;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_statusActions;
    QAction *m_shortcutsAction = nullptr;
    QWidget *m_sheet = nullptr;
};

} // namespace papo::desk
