#include "deskfixture.h"

#include "app/chatcontroller.h"
#include "app/translationloader.h"
#include "app/traynotifier.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "net/serverconnection.h"
#include "views/composeredit.h"
#include "views/connectionbanner.h"
#include "views/conversationlistpane.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"
#include "views/statusselector.h"

#include <QAbstractItemView>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

// The main window offscreen against the real server: a visitor's chat appears in the
// queue, selecting it shows the messages, Enter in the composer sends.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startAndLogIn(m_server, &m_token)); }

    void operatorAnswersAVisitor()
    {
        DeskSession desk;
        TrayNotifier tray(&desk.controller);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        desk.window.resize(1100, 720);
        QVERIFY(desk.showAndConnect(m_server, m_token));
        QVERIFY(!desk.window.connectionBanner()->isVisible());
        auto *operatorName = desk.window.findChild<QLabel *>(QStringLiteral("operatorNameLabel"));
        QVERIFY(operatorName);
        QVERIFY(!operatorName->text().isEmpty());

        // Online, so a new chat notifies (the tray itself is not available offscreen).
        desk.controller.setStatus(papo::common::OperatorStatus::Online);
        QTRY_COMPARE(desk.window.statusSelector()->status(), papo::common::OperatorStatus::Online);

        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitor);
        const QString question = QStringLiteral("Vocês entregam em Recife? <b>sem html</b>");
        QVERIFY(visitorSays(*visitor, question) > 0);

        QListView *queue = desk.window.findChild<QListView *>(QStringLiteral("queueList"));
        QVERIFY(queue);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
        auto *tabs = desk.window.findChild<QTabWidget *>(QStringLiteral("conversationTabs"));
        QVERIFY(tabs->tabText(0).contains(QStringLiteral("1")));
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(tray.badgeCount(), 1); // one chat waiting

        // Selecting the chat shows its messages and the visitor's name.
        const QRect rowRect = queue->visualRect(queue->model()->index(0, 0));
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, rowRect.center());
        QTRY_VERIFY(desk.controller.openConversationId() > 0);
        QListView *messages = desk.window.findChild<QListView *>(QStringLiteral("messageList"));
        QVERIFY(messages);
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 1, 10000);
        QCOMPARE(messages->model()->index(0, 0).data(MessageModel::TextRole).toString(), question);
        auto *name = desk.window.findChild<QLabel *>(QStringLiteral("visitorNameLabel"));
        QVERIFY(name);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        QVERIFY(!name->text().isEmpty());
        QVERIFY(messages->visualRect(messages->model()->index(0, 0)).height() > 30);

        // Shift+Enter adds a line; Enter sends both lines.
        ComposerEdit *composer = desk.window.findChild<ComposerEdit *>(QStringLiteral("composer"));
        QVERIFY(composer);
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Entregamos sim!"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, QStringLiteral("Prazo de 3 dias."));
        QCOMPARE(composer->toPlainText(), QStringLiteral("Entregamos sim!\nPrazo de 3 dias."));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(composer->toPlainText().isEmpty());
        QVERIFY(waitForOperatorText(*visitor, QStringLiteral("Entregamos sim!\nPrazo de 3 dias.")));
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, 10000);

        // RAT-1: the visitor's rating shows in the conversation's header, as plain text.
        const auto rated = visitor->request(
            QStringLiteral("rate"), {{"rating", "good"}, {"comment", "<b>Ótimo</b> atendimento"}});
        QVERIFY(rated && rated->type == QLatin1String("ack"));
        auto *details = desk.window.findChild<QLabel *>(QStringLiteral("conversationDetailsLabel"));
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(
            details->text().contains(QStringLiteral("<b>Ótimo</b> atendimento")), 10000);
        // In words: an emoji would be an empty box where no emoji font is installed.
        QVERIFY(details->text().contains(QStringLiteral("Rated good")));
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QTRY_COMPARE(messages->model()->index(1, 0).data(MessageModel::DeliveryRole).toInt(),
                     int(MessageModel::Delivery::Delivered));

        // The chat moved from the queue to Mine, and stays open.
        QListView *mine = desk.window.findChild<QListView *>(QStringLiteral("mineList"));
        QTRY_COMPARE_WITH_TIMEOUT(mine->model()->rowCount(), 1, 10000);
        QTRY_COMPARE(queue->model()->rowCount(), 0);
        const qint64 open = desk.controller.openConversationId();
        QVERIFY(open > 0);

        // The visitor answers: the message appears in the open chat.
        QVERIFY(visitorSays(*visitor,
                            QStringLiteral("Ótimo, obrigado! Veja https://loja.example/pedido/77"))
                > 0);
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 3, 10000);
        QCOMPARE(desk.controller.openConversationId(), open);

        // PAPO_SCREENSHOT saves the main window with two visitors (see tests/desk/README.md).
        if (const QString path = qEnvironmentVariable("PAPO_SCREENSHOT"); !path.isEmpty()) {
            QString otherToken;
            auto other = connectVisitor(m_server, &otherToken);
            QVERIFY(other);
            QVERIFY(visitorSays(*other, QStringLiteral("Boa tarde! Vocês têm o tênis azul no 42?"))
                    > 0);
            QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
            tabs->setCurrentIndex(1);
            QTest::qWait(200);
            QVERIFY(desk.window.grab().save(path));
        }

        // The server stops: the banner says so; it comes back and "Reconnect now" connects at
        // once, without waiting for the next scheduled attempt: the banner goes away.
        desk.connection.setReconnectDelays(1h, 1h);
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.connectionBanner()->isVisible(), 10000);
        QCOMPARE(desk.window.connectionBanner()->text(),
                 QStringLiteral("Disconnected — reconnecting…"));
        QVERIFY(m_server.start());
        auto *reconnect
            = desk.window.connectionBanner()->findChild<QPushButton *>("reconnectNowButton");
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), 10000);
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection.state(), ServerConnection::State::Connected,
                                  20000);
        QVERIFY(!desk.window.connectionBanner()->isVisible());
    }

    void answeringAQueuedChatKeepsItOpen()
    {
        // Two chats queued; answering the first moves it to Mine, and the window must stay
        // on it, not jump to the other one the queue's view now points at.
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_token));
        QString firstToken;
        QString secondToken;
        auto first = connectVisitor(m_server, &firstToken);
        auto second = connectVisitor(m_server, &secondToken);
        QVERIFY(visitorSays(*second, QStringLiteral("sou o segundo")) > 0);
        QVERIFY(visitorSays(*first, QStringLiteral("sou o primeiro")) > 0);
        QListView *queue = desk.window.findChild<QListView *>(QStringLiteral("queueList"));
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() >= 2, 10000);
        const QRect top = queue->visualRect(queue->model()->index(0, 0));
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, top.center());
        QTRY_VERIFY(desk.controller.openConversationId() > 0);
        const qint64 opened = desk.controller.openConversationId();
        const int queued = queue->model()->rowCount();

        ComposerEdit *composer = desk.window.findChild<ComposerEdit *>(QStringLiteral("composer"));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Oi!"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), queued - 1, 10000);
        QTest::qWait(300);
        QCOMPARE(desk.controller.openConversationId(), opened);
    }

    void deleteKeyDismissesAQueuedChat()
    {
        DeskSession desk;
        QSignalSpy listLoaded(desk.controller.conversations(), SIGNAL(modelReset()));
        QVERIFY(desk.showAndConnect(m_server, m_token));

        QListView *queue = desk.window.findChild<QListView *>(QStringLiteral("queueList"));
        // The conversations of earlier tests arrive first.
        QTRY_VERIFY_WITH_TIMEOUT(listLoaded.count() > 0, 10000);
        const int earlier = queue->model()->rowCount();
        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitorSays(*visitor, QStringLiteral("só testando")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), earlier + 1, 10000);
        const int before = queue->model()->rowCount();
        queue->setCurrentIndex(queue->model()->index(0, 0));
        queue->setFocus();
        QTest::keyClick(queue, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), before - 1, 10000);

        // The visitor writing again puts it back.
        QVERIFY(visitorSays(*visitor, QStringLiteral("alguém?")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), before, 10000);
    }

    void statusSelectorSetsTheStatus()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_token));
        StatusSelector *selector = desk.window.statusSelector();
        const int offline = selector->findData(int(papo::common::OperatorStatus::Offline));
        selector->setCurrentIndex(offline);
        emit selector->activated(offline);
        QCOMPARE(desk.controller.status(), papo::common::OperatorStatus::Offline);
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-status.png there: the status selector open on the
    // main window's corner, in Portuguese when PAPO_QM_DIR holds papo_pt_BR.qm (the last
    // test: the language stays).
    void statusScreenshot()
    {
        const QString directory = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        speakPortugueseWhenAsked();
        DeskSession desk;
        desk.window.resize(1280, 760);
        QVERIFY(desk.showAndConnect(m_server, m_token));
        desk.controller.setStatus(papo::common::OperatorStatus::Online);
        QTRY_COMPARE(desk.controller.status(), papo::common::OperatorStatus::Online);
        StatusSelector *selector = desk.window.statusSelector();
        QCOMPARE(selector->count(), 3);
        QCOMPARE(selector->currentData().toInt(), int(papo::common::OperatorStatus::Online));
        selector->showPopup();
        QWidget *popup = selector->view()->window();
        QVERIFY(QTest::qWaitForWindowExposed(popup));
        // The popup is a window of its own: drawn over the main window where it shows.
        QPixmap shot = desk.window.grab();
        {
            QPainter painter(&shot);
            painter.drawPixmap(popup->mapToGlobal(QPoint()) - desk.window.mapToGlobal(QPoint()),
                               popup->grab());
        }
        const QRect corner(QPoint(), QSize(420, 120));
        QVERIFY(shot.copy(corner).save(QDir(directory).filePath("desk-status.png")));
        selector->hidePopup();
        QCOMPARE(desk.controller.status(), papo::common::OperatorStatus::Online);
    }

private:
    ServerProcess m_server;
    QString m_token;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
