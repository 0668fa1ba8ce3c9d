#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/alertsounds.h"
#include "app/chatalerts.h"
#include "app/chatcontroller.h"
#include "app/conversationactions.h"
#include "app/deskpreferences.h"
#include "app/translationloader.h"
#include "app/traynotifier.h"
#include "models/chatcounts.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/searchresultmodel.h"
#include "views/addoperatordialog.h"
#include "views/composeredit.h"
#include "views/conversationsearch.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;
using papo::common::OperatorStatus;

namespace {

// Keys pressed where the keyboard is, counted; typed text is counted apart.
struct Keyboard
{
    void press(QKeyCombination keys)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : QApplication::activeWindow();
        QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
        ++presses;
    }
    void type(const QString &text)
    {
        // QTest::keyClicks takes ASCII only; "Já" is typed as the keyboard sends it: the key
        // and the character it writes.
        QWidget *target = QApplication::focusWidget();
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80)
                QTest::keyClick(target, char(ch.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, target, Qt::Key(ch.toUpper().unicode()),
                                    QString(ch), Qt::NoModifier);
        }
        typed += text.size();
    }
    int take()
    {
        const int counted = presses;
        presses = 0;
        return counted;
    }

    int presses = 0;
    int typed = 0;
};

} // namespace

// The operator's day without a mouse, against the real server: papo-desk sits behind another
// window when a visitor writes; the alert sounds and repeats; one shortcut opens the chat,
// Enter answers, another shortcut takes the next waiting chat; a search finds an old
// conversation; a chat is handed over to a teammate. The keystrokes are counted (and shown in
// docs/desk.md); with PAPO_SCREENSHOT_DIR set, each step is saved as a picture.
class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // The pictures are in Portuguese (PAPO_QM_DIR holds papo_pt_BR.qm); the walk reads no
        // words but the window's title, through tr().
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR")
            && qEnvironmentVariableIsSet("PAPO_QM_DIR")) {
            TranslationLoader::install(qApp, {"pt_BR"}, qEnvironmentVariable("PAPO_QM_DIR"));
            QLocale::setDefault(TranslationLoader::localeFor("pt_BR"));
            m_server.setEnvironment("PAPO_OWNER_NAME", "Ana Souza");
        }
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia, QStringLiteral("Bia Souza")));
    }

    void answerTakeSearchHandOver()
    {
        DeskPreferences preferences;
        preferences.setRepeatInterval(1s);
        DeskSession ana;
        TrayNotifier tray(&ana.controller);
        ChatAlerts alerts(&ana.controller, &tray, &preferences);
        alerts.setWindow(&ana.window);
        QSignalSpy played(alerts.sounds(), &AlertSounds::playRequested);
        QSignalSpy repeated(&alerts, &ChatAlerts::repeated);
        DeskConnection bia;
        ana.window.resize(1280, 760);
        QVERIFY(ana.showAndConnect(m_server, m_ana));
        QVERIFY(bia.connect(m_server, m_bia));
        ana.controller.setStatus(OperatorStatus::Online);
        QTRY_COMPARE(ana.controller.status(), OperatorStatus::Online);

        // Last week's conversation, closed: the one the search will find.
        QString oldToken;
        auto oldVisitor = connectVisitor(m_server, &oldToken);
        QVERIFY(visitorSays(*oldVisitor, QStringLiteral("Posso pagar com boleto?")) > 0);
        const qint64 oldChat = conversationOfMessage(*oldVisitor);
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.conversations()->contains(oldChat), 10000);
        ana.controller.openConversation(oldChat);
        QVERIFY(!ana.controller.sendReply(QStringLiteral("Pode sim, vence em 3 dias.")).isEmpty());
        QVERIFY(waitForOperatorText(*oldVisitor, QStringLiteral("Pode sim, vence em 3 dias.")));
        ana.controller.actions()->closeConversation(oldChat);
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.currentConversation()->closed, 10000);
        ana.controller.openConversation(0);

        // papo-desk behind another program.
        QWidget other;
        other.setWindowTitle(QStringLiteral("Another program"));
        other.resize(640, 400);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        played.clear();

        // Joana writes, then Pedro: the new-chat sound, again and again while they wait.
        QString joanaToken, pedroToken;
        auto joana = connectVisitor(m_server, &joanaToken);
        QVERIFY(visitorSays(*joana, QStringLiteral("Meu pedido 4521 não chegou")) > 0);
        const qint64 joanaChat = conversationOfMessage(*joana);
        QTRY_VERIFY_WITH_TIMEOUT(!played.isEmpty(), 10000);
        auto pedro = connectVisitor(m_server, &pedroToken);
        QVERIFY(visitorSays(*pedro, QStringLiteral("Tem a camiseta azul no tamanho G?")) > 0);
        const qint64 pedroChat = conversationOfMessage(*pedro);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.counts()->waiting(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(repeated.count() >= 1, 10000);
        QCOMPARE(ana.window.windowTitle(), MainWindow::tr("(%1) Papo").arg(2));
        saveScreenshot(ana.window, "desk-walk-1-waiting.png");

        // The operator comes back to papo-desk (the desktop's Alt+Tab, one key).
        ana.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&ana.window));
        Keyboard keys;

        // 1. Answer the new chat: open it (Ctrl+J), write, send (Enter).
        keys.press(Qt::CTRL | Qt::Key_J);
        QCOMPARE(ana.controller.openConversationId(), joanaChat);
        keys.type(QStringLiteral("Oi Joana! Já estou vendo o pedido 4521."));
        keys.press(Qt::Key_Return);
        QVERIFY(
            waitForOperatorText(*joana, QStringLiteral("Oi Joana! Já estou vendo o pedido 4521.")));
        const int answerKeys = keys.take();
        QCOMPARE(answerKeys, 2);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.counts()->waiting(), 1, 10000);
        QVERIFY(alerts.isRepeating()); // Pedro still waits
        saveScreenshot(ana.window, "desk-walk-2-answered.png");

        // 2. The next waiting chat: the same shortcut, write, send.
        keys.press(Qt::CTRL | Qt::Key_J);
        QCOMPARE(ana.controller.openConversationId(), pedroChat);
        keys.type(QStringLiteral("Temos sim, Pedro!"));
        keys.press(Qt::Key_Return);
        QVERIFY(waitForOperatorText(*pedro, QStringLiteral("Temos sim, Pedro!")));
        const int nextKeys = keys.take();
        QCOMPARE(nextKeys, 2);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.counts()->waiting(), 0, 10000);
        QVERIFY(!alerts.isRepeating()); // nobody waits: silence
        QCOMPARE(ana.window.windowTitle(), MainWindow::tr("Papo"));

        // 3. Search last week's conversation: Ctrl+F, the word, Enter, ↓, Enter.
        keys.press(Qt::CTRL | Qt::Key_F);
        keys.type(QStringLiteral("boleto"));
        keys.press(Qt::Key_Return);
        ConversationSearch *search = ana.window.conversationSearch();
        QTRY_VERIFY_WITH_TIMEOUT(search->isShowingResults(), 10000);
        QVERIFY(search->results()->model()->rowCount() >= 1);
        keys.press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), search->results());
        keys.press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.openConversationId(), oldChat, 10000);
        const int searchKeys = keys.take();
        QCOMPARE(searchKeys, 4);
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR")) // the conversation shown, loaded
            QTRY_VERIFY_WITH_TIMEOUT(ana.controller.messages()->rowCount() >= 2, 10000);
        saveScreenshot(ana.window, "desk-walk-3-search.png");

        // 4. Hand Pedro's chat over to Bia: Mine (Alt+2), the first chat there (Alt+↓),
        // Hand over (Ctrl+Shift+H), Enter.
        keys.press(Qt::ALT | Qt::Key_2);
        QVERIFY(!search->isShowingResults());
        keys.press(Qt::ALT | Qt::Key_Down);
        QCOMPARE(ana.controller.openConversationId(), pedroChat);
        keys.press(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
        auto *dialog = ana.window.findChild<AddOperatorDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), dialog->teammateList(), 10000);
        // The team arrives from the server after the dialog shows: wait for Bia to be picked.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->teammateList()->currentIndex().data().toString().contains("Bia Souza"), 10000);
        saveScreenshot(*dialog, "desk-walk-4-hand-over.png");
        keys.press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(bia.controller.conversations()->contains(pedroChat)
                                     && bia.controller.conversations()->find(pedroChat)->ownerId
                                            == bia.controller.me().id,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ana.controller.conversations()->contains(pedroChat)
                                     || ana.controller.conversations()->find(pedroChat)->ownerId
                                            != ana.controller.me().id,
                                 10000);
        const int handOverKeys = keys.take();
        QCOMPARE(handOverKeys, 4);

        qInfo().noquote() << QStringLiteral(
                                 "Keystrokes: answer a new chat %1 (+ the text), next waiting "
                                 "chat %2 (+ the text), search an old conversation %3 (+ the "
                                 "word), hand a chat over %4; %5 characters typed")
                                 .arg(answerKeys)
                                 .arg(nextKeys)
                                 .arg(searchKeys)
                                 .arg(handOverKeys)
                                 .arg(keys.typed);
    }

private:
    QTemporaryDir m_settingsDir;
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
