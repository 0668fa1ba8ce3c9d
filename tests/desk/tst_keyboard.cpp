#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/chatcontroller.h"
#include "app/conversationactions.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "views/addoperatordialog.h"
#include "views/composeredit.h"
#include "views/conversationlistpane.h"
#include "views/conversationsearch.h"
#include "views/conversationview.h"
#include "views/deskactions.h"
#include "views/mainwindow.h"
#include "views/shortcutsheet.h"
#include "views/statusselector.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace papo::desk;
using namespace papo::testing;
using papo::common::OperatorStatus;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// The main window: where the keyboard goes back when a dialog closes (the window manager's
// job on a desktop; offscreen nobody does it).
QWidget *g_mainWindow = nullptr;

// Presses a key where the keyboard is, as a person would.
void press(QKeyCombination keys)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    if (!target) {
        g_mainWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(g_mainWindow));
        target = focused() ? focused() : g_mainWindow;
    }
    QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
}

} // namespace

// Everything by keyboard, against the real server: each shortcut does its action and shows in
// the menus, the Keyboard shortcuts sheet (F1) lists them all, and Tab visits every control
// of the main window once.
class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia));
    }

    void eachShortcutDoesItsAction()
    {
        DeskSession ana;
        ana.window.resize(1280, 760);
        g_mainWindow = &ana.window;
        QVERIFY(ana.showAndConnect(m_server, m_ana));
        ana.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&ana.window));
        ana.controller.setStatus(OperatorStatus::Online);
        ConversationListPane *lists = ana.window.conversationList();
        QTabWidget *tabs = ana.window.mainTabs();

        // Two visitors write, Joana first.
        QString joanaToken, pedroToken;
        auto joana = connectVisitor(m_server, &joanaToken);
        QVERIFY(visitorSays(*joana, QStringLiteral("Oi, meu pedido não chegou")) > 0);
        const qint64 joanaChat = conversationOfMessage(*joana);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.queue()->rowCount(), 1, 10000);
        auto pedro = connectVisitor(m_server, &pedroToken);
        QVERIFY(visitorSays(*pedro, QStringLiteral("Tem tamanho G?")) > 0);
        const qint64 pedroChat = conversationOfMessage(*pedro);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.queue()->rowCount(), 2, 10000);

        // Ctrl+J: the chat that has waited longest, ready for the reply.
        press(Qt::CTRL | Qt::Key_J);
        QCOMPARE(ana.controller.openConversationId(), joanaChat);
        QCOMPARE(focused(), ana.window.conversationView()->composer());
        // Alt+↑ / Alt+↓: the chat above and below in the list in front.
        press(Qt::ALT | Qt::Key_Up);
        QCOMPARE(ana.controller.openConversationId(), pedroChat);
        press(Qt::ALT | Qt::Key_Down);
        QCOMPARE(ana.controller.openConversationId(), joanaChat);

        // Alt+1..3: Queue, Mine, Closed, with the keyboard in the list.
        press(Qt::ALT | Qt::Key_2);
        QCOMPARE(lists->tabs()->currentWidget(), lists->mineView());
        QCOMPARE(focused(), lists->mineView());
        press(Qt::ALT | Qt::Key_3);
        QCOMPARE(lists->tabs()->currentWidget(), lists->closedView());
        press(Qt::ALT | Qt::Key_1);
        QCOMPARE(lists->tabs()->currentWidget(), lists->queueView());
        QCOMPARE(focused(), lists->queueView());

        // Ctrl+1..4: the main tabs.
        press(Qt::CTRL | Qt::Key_2);
        QCOMPARE(tabs->currentIndex(), 1);
        press(Qt::CTRL | Qt::Key_3);
        QCOMPARE(tabs->currentIndex(), 2);
        press(Qt::CTRL | Qt::Key_4);
        QCOMPARE(tabs->currentIndex(), 3);
        press(Qt::CTRL | Qt::Key_1);
        QCOMPARE(tabs->currentIndex(), 0);

        // Ctrl+F: the search field; Ctrl+L: back to the reply.
        press(Qt::CTRL | Qt::Key_F);
        QCOMPARE(focused(), ana.window.conversationSearch()->field());
        press(Qt::CTRL | Qt::Key_L);
        QCOMPARE(focused(), ana.window.conversationView()->composer());

        // Answer Joana (Enter), then close (Ctrl+W) and reopen (Ctrl+Shift+T) her chat.
        QTest::keyClicks(focused(), QStringLiteral("Vou verificar agora"));
        press(Qt::Key_Return);
        QVERIFY(waitForOperatorText(*joana, QStringLiteral("Vou verificar agora")));
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.currentConversation()
                                     && ana.controller.currentConversation()->ownerId
                                            == ana.controller.me().id,
                                 10000);
        press(Qt::CTRL | Qt::Key_W);
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.currentConversation()->closed, 10000);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
        QTRY_VERIFY_WITH_TIMEOUT(!ana.controller.currentConversation()->closed, 10000);

        // Ctrl+Shift+A adds an operator, Ctrl+Shift+H hands over: the same dialog, ready for
        // Enter; Esc leaves it.
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
        auto *dialog = ana.window.findChild<AddOperatorDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->handOverBox()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(focused(), dialog->teammateList(), 10000);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!ana.window.findChild<AddOperatorDialog *>());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
        dialog = ana.window.findChild<AddOperatorDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->handOverBox()->isChecked());
        QCOMPARE(dialog->addButton()->text(), QStringLiteral("Hand over"));
        QTRY_COMPARE_WITH_TIMEOUT(focused(), dialog->teammateList(), 10000);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!ana.window.findChild<AddOperatorDialog *>());

        // Ctrl+Shift+I / O / F: the status.
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
        QTRY_COMPARE(ana.window.statusSelector()->status(), OperatorStatus::Invisible);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QTRY_COMPARE(ana.window.statusSelector()->status(), OperatorStatus::Offline);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
        QTRY_COMPARE(ana.window.statusSelector()->status(), OperatorStatus::Online);

        // F1: the sheet, with every shortcut the menus carry.
        press(Qt::Key_F1);
        auto *sheet = ana.window.findChild<ShortcutSheet *>();
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->isVisible());
        QTRY_VERIFY(sheet->isActiveWindow()); // the keys go to it, Esc included
        QStringList sheetText;
        for (QTreeWidgetItemIterator it(sheet->list()); *it; ++it)
            sheetText << (*it)->text(0) + QLatin1Char('=') + (*it)->text(1);
        const QList<QAction *> actions = ana.window.deskActions()->actions();
        QVERIFY(actions.size() >= 20);
        for (QAction *action : actions) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            const QString row = action->text().remove(QLatin1Char('&')) + QLatin1Char('=')
                                + action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(sheetText.cbegin(), sheetText.cend(),
                                 [&](const QString &line) { return line.startsWith(row); }),
                     qPrintable(row));
            // ... and in a menu, where Qt shows the keys beside the text.
            const auto owners = action->associatedObjects();
            QVERIFY2(std::any_of(owners.cbegin(), owners.cend(),
                                 [](QObject *owner) { return qobject_cast<QMenu *>(owner); }),
                     qPrintable(action->objectName()));
        }
        press(Qt::Key_Escape);
        QTRY_VERIFY(!sheet->isVisible());

        // Tooltips teach the keys too.
        QVERIFY(ana.window.conversationView()->closeReopenButton()->toolTip().contains(
            QKeySequence(QKeySequence::Close).toString(QKeySequence::NativeText)));
        QVERIFY(ana.window.conversationSearch()->field()->toolTip().contains(
            QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        QVERIFY(tabs->tabToolTip(1).contains(QStringLiteral("Ctrl+2")));

        ana.controller.dismissConversation(pedroChat);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.queue()->rowCount(), 0, 10000);
    }

    void tabVisitsEveryControlOnce()
    {
        DeskSession ana;
        ana.window.resize(1280, 760);
        g_mainWindow = &ana.window;
        QVERIFY(ana.showAndConnect(m_server, m_ana));
        ana.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&ana.window));
        // A chat open, so the conversation and the visitor panel have their controls.
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Vocês parcelam?")) > 0);
        const qint64 chat = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.conversations()->contains(chat), 10000);
        ana.controller.openConversation(chat);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.messages()->rowCount(), 1, 10000);

        // Every control a person could reach: shown, enabled and taking Tab focus.
        QList<QWidget *> controls;
        const auto widgets = ana.window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->isVisible() && widget->isEnabled()
                && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy()
                && widget->window() == &ana.window)
                controls << widget;
        }
        QVERIFY(controls.size() > 10);

        QWidget *start = ana.window.statusSelector();
        start->setFocus(Qt::TabFocusReason);
        QCOMPARE(focused(), start);
        QList<QWidget *> visited{start};
        for (int presses = 0; presses < 200; ++presses) {
            press(Qt::Key_Tab);
            if (focused() == start)
                break;
            QVERIFY2(!visited.contains(focused()),
                     qPrintable(QStringLiteral("visited twice: ") + focused()->objectName() + " "
                                + focused()->metaObject()->className()));
            visited << focused();
        }
        QCOMPARE(focused(), start); // the round ends where it began
        QStringList missed;
        for (QWidget *control : std::as_const(controls)) {
            if (!visited.contains(control))
                missed << control->objectName() + QLatin1Char(':')
                              + control->metaObject()->className();
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
        QStringList order;
        for (QWidget *widget : std::as_const(visited))
            order << (widget->objectName().isEmpty() ? widget->metaObject()->className()
                                                     : widget->objectName());
        qInfo().noquote() << "Tab order:" << order.join(QStringLiteral(" → "));
        // The visitor's group comes where the eye finds it: just before their name.
        QCOMPARE(order.indexOf(QStringLiteral("visitorGroupCombo")) + 1,
                 order.indexOf(QStringLiteral("visitorNameEdit")));
        // Shift+Tab goes back the same way.
        press(Qt::SHIFT | Qt::Key_Backtab);
        QCOMPARE(focused(), visited.last());

        ana.controller.dismissConversation(chat);
    }

private:
    QTemporaryDir m_settingsDir;
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
