#include "deskactions.h"

#include "app/chatcontroller.h"
#include "composeredit.h"
#include "conversationlistpane.h"
#include "conversationsearch.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "shortcutsheet.h"
#include "statusselector.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace papo::desk {

namespace {

using papo::common::OperatorStatus;

// The platform's keys for a standard action, or ours where the platform has none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QKeySequence keys(QKeyCombination combination)
{
    return QKeySequence(combination);
}

} // namespace

DeskActions::DeskActions(MainWindow *window, ChatController *controller)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("deskActions"));
    createChatActions();
    createViewActions();
    createStatusActions();
    m_shortcutsAction = add(QStringLiteral("shortcutsAction"), tr("&Keyboard shortcuts"),
                            standardOr(QKeySequence::HelpContents, keys(Qt::Key_F1)));
    connect(m_shortcutsAction, &QAction::triggered, this, &DeskActions::showShortcutSheet);
    showTooltips();
}

QAction *DeskActions::add(const QString &objectName, const QString &text,
                          const QList<QKeySequence> &shortcuts, const QString &statusTip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setStatusTip(statusTip);
    // Window-wide: the shortcut works wherever the keyboard is in the main window.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    m_actions << action;
    return action;
}

QAction *DeskActions::action(const QString &objectName) const
{
    for (QAction *action : m_actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

QString DeskActions::withShortcut(const QString &text, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return text;
    return tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

void DeskActions::createChatActions()
{
    QAction *answer
        = add(QStringLiteral("answerWaitingAction"), tr("&Answer the longest-waiting chat"),
              {keys(Qt::CTRL | Qt::Key_J)},
              tr("Opens the chat that has waited longest in the queue, ready for your reply"));
    connect(answer, &QAction::triggered, this, &DeskActions::answerLongestWaiting);
    QAction *next = add(QStringLiteral("nextChatAction"), tr("&Next chat in the list"),
                        {keys(Qt::ALT | Qt::Key_Down)});
    connect(next, &QAction::triggered, this, [this] {
        showLists();
        m_window->conversationList()->moveCurrent(1);
    });
    QAction *previous = add(QStringLiteral("previousChatAction"), tr("&Previous chat in the list"),
                            {keys(Qt::ALT | Qt::Key_Up)});
    connect(previous, &QAction::triggered, this, [this] {
        showLists();
        m_window->conversationList()->moveCurrent(-1);
    });
    QAction *reply = add(QStringLiteral("writeReplyAction"), tr("&Write a reply"),
                         {keys(Qt::CTRL | Qt::Key_L)});
    connect(reply, &QAction::triggered, this, [this] {
        m_window->mainTabs()->setCurrentIndex(0);
        if (m_controller->openConversationId() > 0)
            m_window->conversationView()->composer()->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *close = add(QStringLiteral("closeChatAction"), tr("&Close the chat"),
                         standardOr(QKeySequence::Close, keys(Qt::CTRL | Qt::Key_W)));
    connect(close, &QAction::triggered, m_window->conversationView(),
            &ConversationView::closeConversation);
    QAction *reopen = add(QStringLiteral("reopenChatAction"), tr("&Reopen the chat"),
                          {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(reopen, &QAction::triggered, m_window->conversationView(),
            &ConversationView::reopenConversation);
    QAction *addOperator = add(QStringLiteral("addOperatorAction"), tr("A&dd an operator…"),
                               {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    connect(addOperator, &QAction::triggered, this,
            [this] { m_window->conversationView()->addOperator(false); });
    QAction *handOver = add(QStringLiteral("handOverAction"), tr("&Hand over…"),
                            {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    connect(handOver, &QAction::triggered, this,
            [this] { m_window->conversationView()->addOperator(true); });
    m_chatActions = {answer, next, previous, reply, close, reopen, addOperator, handOver};
}

void DeskActions::createViewActions()
{
    const QList<std::pair<QString, QString>> lists{
        {QStringLiteral("queueListAction"), tr("&Queue")},
        {QStringLiteral("mineListAction"), tr("&Mine")},
        {QStringLiteral("closedListAction"), tr("C&losed")}};
    for (int i = 0; i < lists.size(); ++i) {
        QAction *show
            = add(lists.at(i).first, lists.at(i).second, {keys(Qt::ALT | Qt::Key(Qt::Key_1 + i))});
        connect(show, &QAction::triggered, this, [this, i] {
            showLists();
            m_window->conversationList()->showList(ConversationListPane::List(i));
        });
        m_viewActions << show;
    }
    const QList<std::pair<QString, QString>> tabs{
        {QStringLiteral("chatsTabAction"), tr("&Chats")},
        {QStringLiteral("visitorsTabAction"), tr("&Visitors online")},
        {QStringLiteral("savedRepliesTabAction"), tr("&Saved replies")},
        {QStringLiteral("teamTabAction"), tr("&Team")}};
    for (int i = 0; i < tabs.size(); ++i) {
        QAction *show
            = add(tabs.at(i).first, tabs.at(i).second, {keys(Qt::CTRL | Qt::Key(Qt::Key_1 + i))});
        connect(show, &QAction::triggered, this, [this, i] {
            m_window->mainTabs()->setCurrentIndex(i);
            m_window->mainTabs()->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        m_viewActions << show;
    }
    QAction *search = add(QStringLiteral("searchAction"), tr("Search &conversations"),
                          standardOr(QKeySequence::Find, keys(Qt::CTRL | Qt::Key_F)));
    connect(search, &QAction::triggered, this, [this] {
        m_window->mainTabs()->setCurrentIndex(0);
        QLineEdit *field = m_window->conversationSearch()->field();
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    m_viewActions << search;
}

void DeskActions::createStatusActions()
{
    const QList<std::tuple<QString, QString, OperatorStatus, Qt::Key>> statuses{
        {QStringLiteral("onlineAction"), tr("&Online"), OperatorStatus::Online, Qt::Key_O},
        {QStringLiteral("invisibleAction"), tr("&Invisible"), OperatorStatus::Invisible, Qt::Key_I},
        {QStringLiteral("offlineAction"), tr("O&ffline"), OperatorStatus::Offline, Qt::Key_F}};
    for (const auto &[name, text, status, key] : statuses) {
        QAction *set = add(name, text, {keys(Qt::CTRL | Qt::SHIFT | key)});
        set->setIcon(StatusSelector::statusIcon(status));
        connect(set, &QAction::triggered, m_controller,
                [this, status = status] { m_controller->setStatus(status); });
        m_statusActions << set;
    }
}

void DeskActions::addMenus(QMenuBar *menuBar)
{
    QMenu *chat = menuBar->addMenu(tr("&Chat"));
    chat->setObjectName(QStringLiteral("chatMenu"));
    for (int i = 0; i < m_chatActions.size(); ++i) {
        if (i == 4 || i == 6)
            chat->addSeparator();
        chat->addAction(m_chatActions.at(i));
    }
    chat->addSeparator();
    QMenu *status = chat->addMenu(tr("&Status"));
    status->addActions(m_statusActions);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < m_viewActions.size(); ++i) {
        if (i == 3 || i == 7)
            view->addSeparator();
        view->addAction(m_viewActions.at(i));
    }

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
}

void DeskActions::showLists()
{
    m_window->mainTabs()->setCurrentIndex(0);
    // Search results stand in for the lists until the search is cleared.
    if (m_window->conversationSearch()->isShowingResults())
        m_window->conversationSearch()->field()->clear();
}

void DeskActions::answerLongestWaiting()
{
    const qint64 waiting = m_window->conversationList()->longestWaiting();
    if (waiting == 0) {
        m_window->statusBar()->showMessage(tr("No chat is waiting in the queue."), 5000);
        return;
    }
    showLists();
    m_window->conversationList()->tabs()->setCurrentIndex(0);
    m_controller->openConversation(waiting);
    m_window->conversationView()->composer()->setFocus(Qt::ShortcutFocusReason);
}

void DeskActions::showTooltips()
{
    QTabWidget *tabs = m_window->mainTabs();
    for (int i = 0; i < tabs->count() && i < 4; ++i)
        tabs->setTabToolTip(i,
                            withShortcut(m_viewActions.at(3 + i)->text().remove(QLatin1Char('&')),
                                         m_viewActions.at(3 + i)->shortcut()));
    QTabWidget *lists = m_window->conversationList()->tabs();
    for (int i = 0; i < lists->count() && i < 3; ++i)
        lists->setTabToolTip(i,
                             withShortcut(lists->tabToolTip(i), m_viewActions.at(i)->shortcut()));
    m_window->conversationSearch()->field()->setToolTip(
        withShortcut(tr("Search all conversations"), m_viewActions.last()->shortcut()));
    m_window->statusSelector()->setToolTip(
        tr("Your status: %1 online, %2 invisible, %3 offline")
            .arg(m_statusActions.at(0)->shortcut().toString(QKeySequence::NativeText),
                 m_statusActions.at(1)->shortcut().toString(QKeySequence::NativeText),
                 m_statusActions.at(2)->shortcut().toString(QKeySequence::NativeText)));
    ConversationView *view = m_window->conversationView();
    view->setShortcutHints(m_chatActions.at(4)->shortcut(), m_chatActions.at(5)->shortcut());
    view->addOperatorButton()->setToolTip(withShortcut(
        tr("Bring a teammate into this chat, or hand it over"), m_chatActions.at(6)->shortcut()));
}

void DeskActions::showShortcutSheet()
{
    if (!m_sheet) {
        m_sheet = new ShortcutSheet(m_chatActions, m_viewActions, m_statusActions,
                                    {m_shortcutsAction}, m_window);
        m_sheet->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_sheet->show();
    m_sheet->raise();
    m_sheet->activateWindow();
}

} // namespace papo::desk
