#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/chatcontroller.h"
#include "app/conversationactions.h"
#include "app/translationloader.h"
#include "app/traynotifier.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/searchresultmodel.h"
#include "net/serverconnection.h"
#include "views/addoperatordialog.h"
#include "views/composeredit.h"
#include "views/conversationlistpane.h"
#include "views/conversationsearch.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"
#include "views/messagedelegate.h"
#include "views/savedreplypopup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;
using papo::common::Envelope;

namespace {

int rowOfMessage(const QAbstractItemModel &model, qint64 messageId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(MessageModel::IdRole).toLongLong() == messageId)
            return row;
    }
    return -1;
}

// One operator's desk, logging in at once, with its tray notifications.
struct Desk : DeskSession
{
    Desk(const ServerProcess &server, const QString &token) { open(server, token); }

    TrayNotifier tray{&controller};
};

} // namespace

// The operators' day in papo-desk against the real server: editing the last message with ↑
// or the gear (CHT-4), sent/seen receipts both ways (CHT-5), adding a teammate or handing a
// chat over (CHT-1, CHT-2), closing, reopening and searching conversations (CHT-8).
class TestConversationActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia)); }

    void upEditsTheLastMessageAndReceiptsTurnToSeen()
    {
        Desk ana(m_server, m_ana);
        ana.window.resize(1280, 760);
        ana.window.show();
        ana.window.activateWindow(); // read marks go out only while the window is active
        QVERIFY(QTest::qWaitForWindowActive(&ana.window));
        QVERIFY(ana.connected());
        QAbstractItemModelTester tester(ana.controller.messages());

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 question = visitorSays(*visitor, QStringLiteral("Qual o prazo para Recife?"));
        QVERIFY(question > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.queue(), conversationId), 10000);
        ana.controller.openConversation(conversationId);
        MessageModel *messages = ana.controller.messages();
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, 10000);

        // CHT-5: the desk tells the visitor the team has seen their message.
        const auto seenByTeam = visitor->waitFor(
            [&](const Envelope &e) {
                return e.type == QLatin1String("read")
                       && e.data.value("upToId").toInteger() >= question;
            },
            10000);
        QVERIFY(seenByTeam);

        // Not on screen (another tab): a new message stays unread until the operator looks.
        ana.window.mainTabs()->setCurrentIndex(1);
        const qint64 followUp = visitorSays(*visitor, QStringLiteral("Alguém aí?"));
        QVERIFY(followUp > 0);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 2, 10000);
        const auto readUpTo = [&](qint64 id) {
            return [&visitor, id](const Envelope &e) {
                return e.type == QLatin1String("read") && e.data.value("upToId").toInteger() >= id;
            };
        };
        QVERIFY(!visitor->waitFor(readUpTo(followUp), 300));
        ana.window.mainTabs()->setCurrentIndex(0);
        QVERIFY(visitor->waitFor(readUpTo(followUp), 10000));

        ComposerEdit *composer = ana.window.conversationView()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Tres dias"));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(waitForOperatorText(*visitor, QStringLiteral("Tres dias")));
        QTRY_COMPARE_WITH_TIMEOUT(messages->lastOwnMessageId() > 0, true, 10000);
        const qint64 answer = messages->lastOwnMessageId();
        const QModelIndex answerIndex = messages->index(rowOfMessage(*messages, answer), 0);
        QCOMPARE(answerIndex.data(MessageModel::ReceiptRole).toInt(),
                 int(MessageModel::Receipt::Sent));
        QCOMPARE(MessageDelegate::receiptText(answerIndex), QStringLiteral("Sent"));

        // The visitor reads it: ✓✓, live.
        QCOMPARE(visitor->request("read", {{"upToId", answer}})->type, QStringLiteral("ack"));
        QTRY_COMPARE_WITH_TIMEOUT(answerIndex.data(MessageModel::ReceiptRole).toInt(),
                                  int(MessageModel::Receipt::Seen), 10000);
        QCOMPARE(MessageDelegate::receiptMark(answerIndex), QStringLiteral("✓✓"));
        QCOMPARE(MessageDelegate::receiptText(answerIndex), QStringLiteral("Seen by the visitor"));

        // CHT-4: ↑ in the empty composer fills it with the last message; Esc cancels.
        QVERIFY(composer->toPlainText().isEmpty());
        QTest::keyClick(composer, Qt::Key_Up);
        QCOMPARE(composer->toPlainText(), QStringLiteral("Tres dias"));
        QCOMPARE(ana.window.conversationView()->editingMessageId(), answer);
        QVERIFY(child<QLabel>(ana.window, "editingBanner")->isVisible());
        QTest::keyClick(composer, Qt::Key_Escape);
        QVERIFY(composer->toPlainText().isEmpty());
        QCOMPARE(ana.window.conversationView()->editingMessageId(), 0);

        // ↑ again, change the text, Enter saves: the visitor sees the new text.
        QTest::keyClick(composer, Qt::Key_Up);
        composer->selectAll();
        composer->insertPlainText(QStringLiteral("Três dias úteis")); // keyClicks: ASCII only
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(composer->toPlainText().isEmpty());
        const auto edited = visitor->waitFor(
            [&](const Envelope &e) {
                return e.type == QLatin1String("message_edited")
                       && e.data.value("id").toInteger() == answer;
            },
            10000);
        QVERIFY(edited);
        QCOMPARE(edited->data.value("text").toString(), QStringLiteral("Três dias úteis"));
        QTRY_VERIFY_WITH_TIMEOUT(answerIndex.data(MessageModel::EditedRole).toBool(), 10000);
        QCOMPARE(answerIndex.data(MessageModel::TextRole).toString(),
                 QStringLiteral("Três dias úteis"));
        QCOMPARE(messages->rowCount(), 3); // edited in place, not added

        // The server stored it: a fresh history has the new text, marked edited.
        WsClient check;
        QVERIFY(check.open(m_server.wsUrl(QStringLiteral("/ws/operator"))));
        QCOMPARE(check.request("hello", {{"token", m_ana}})->type, QStringLiteral("ack"));
        const auto history = check.request("history", {{"conversationId", conversationId}});
        const QJsonObject stored = history->data.value("messages").toArray().last().toObject();
        QCOMPARE(stored.value("text").toString(), QStringLiteral("Três dias úteis"));
        QVERIFY(!stored.value("editedAt").isNull());

        // The gear on hover over one's own message opens "Edit" too.
        QListView *list = ana.window.conversationView()->messageList();
        const auto *delegate = qobject_cast<MessageDelegate *>(list->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(list->viewport());
        option.rect = list->visualRect(answerIndex);
        option.widget = list;
        option.font = list->font();
        const QRect gear = delegate->gearRect(option, answerIndex);
        QVERIFY(!gear.isEmpty());
        QVERIFY(delegate->gearRect(option, messages->index(0, 0)).isEmpty()); // the visitor's
        QTest::mouseMove(list->viewport(), gear.center());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, gear.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = ana.window.findChild<QMenu *>(QStringLiteral("messageActionsMenu"))));
        QAction *edit = menu->findChild<QAction *>(QStringLiteral("editMessageAction"));
        QVERIFY(edit);
        edit->trigger();
        menu->close();
        QCOMPARE(composer->toPlainText(), QStringLiteral("Três dias úteis"));
        QCOMPARE(ana.window.conversationView()->editingMessageId(), answer);

        // An edit the server refuses (too long) comes back to the composer, not lost.
        const QString tooLong(5001, QLatin1Char('x'));
        composer->setPlainText(tooLong);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(composer->toPlainText(), tooLong, 10000);
        QCOMPARE(ana.window.conversationView()->editingMessageId(), answer);
        QCOMPARE(answerIndex.data(MessageModel::TextRole).toString(),
                 QStringLiteral("Três dias úteis"));
        QTest::keyClick(composer, Qt::Key_Escape);
    }

    void addingATeammateInvitesThemEvenWhenInvisible()
    {
        Desk ana(m_server, m_ana);
        Desk bia(m_server, m_bia);
        ana.window.show();
        QVERIFY(ana.connected());
        QVERIFY(bia.connected());
        bia.controller.setStatus(papo::common::OperatorStatus::Invisible);
        QSignalSpy biaInvited(bia.controller.actions(), &ConversationActions::invited);
        QSignalSpy biaNotified(&bia.tray, &TrayNotifier::notified);

        std::unique_ptr<WsClient> visitor;
        qint64 conversationId = 0;
        anaAnswersAVisitor(ana, QStringLiteral("Quero trocar o tamanho"),
                           QStringLiteral("Claro, já vejo"), &visitor, &conversationId);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(biaNotified.isEmpty()); // invisible: no new-chat notice

        auto *button = child<QPushButton>(ana.window, "addOperatorButton");
        QVERIFY(button->isEnabled());
        button->click();
        auto *dialog = child<AddOperatorDialog>(ana.window, "addOperatorDialog");
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->teammateList()->model()->rowCount(), 1, 10000);
        QVERIFY(dialog->teammateList()->model()->index(0, 0).data().toString().contains("Bia"));
        QVERIFY(dialog->handOverBox()->isEnabled()); // she may pass it on instead (CHT-2)
        QVERIFY(!dialog->handOverBox()->isChecked());
        // Ready for the keyboard: the first teammate is picked, Enter would add her.
        QVERIFY(dialog->addButton()->isEnabled());
        dialog->teammateList()->setCurrentIndex(dialog->teammateList()->model()->index(0, 0));
        dialog->addButton()->click();

        QTRY_COMPARE_WITH_TIMEOUT(biaInvited.count(), 1, 10000);
        QCOMPARE(biaInvited.first().at(0).toLongLong(), conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(biaNotified.count(), 1, 10000);
        // The server's `notify` (reason "invited") reaches invisible Bia (NOT-1, CHT-1).
        QVERIFY2(biaNotified.first().at(0).toString().startsWith(
                     QStringLiteral("You were added to the chat with")),
                 qPrintable(biaNotified.first().at(0).toString()));
        // Bia sees the chat among hers and may answer in it (group chat).
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*bia.controller.mine(), conversationId), 10000);
        QCOMPARE(ana.controller.openConversationId(), conversationId); // Ana stays
        bia.controller.openConversation(conversationId);
        QVERIFY(!bia.controller.sendReply(QStringLiteral("Oi, sou a Bia do estoque")).isEmpty());
        QVERIFY(waitForOperatorText(*visitor, QStringLiteral("Oi, sou a Bia do estoque")));
    }

    void handingOverAQueuedChatLeavesIt()
    {
        Desk ana(m_server, m_ana);
        Desk bia(m_server, m_bia);
        ana.window.show();
        QVERIFY(ana.connected());
        QVERIFY(bia.connected());
        QSignalSpy biaInvited(bia.controller.actions(), &ConversationActions::invited);

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Vocês vendem no atacado?")) > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.queue(), conversationId), 10000);
        ana.controller.openConversation(conversationId);

        child<QPushButton>(ana.window, "addOperatorButton")->click();
        auto *dialog = child<AddOperatorDialog>(ana.window, "addOperatorDialog");
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->teammateList()->model()->rowCount(), 1, 10000);
        QVERIFY(dialog->handOverBox()->isEnabled()); // Ana never wrote here
        dialog->handOverBox()->setChecked(true);
        dialog->teammateList()->setCurrentIndex(dialog->teammateList()->model()->index(0, 0));
        dialog->addButton()->click();

        QTRY_COMPARE_WITH_TIMEOUT(biaInvited.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.openConversationId(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*bia.controller.mine(), conversationId), 10000);
        QVERIFY(!listContains(*ana.controller.mine(), conversationId));
        // Bia answers; the visitor never heard of Ana.
        bia.controller.openConversation(conversationId);
        QVERIFY(!bia.controller.sendReply(QStringLiteral("Vendemos sim!")).isEmpty());
        const auto answer = waitForOperatorText(*visitor, QStringLiteral("Vendemos sim!"));
        QVERIFY(answer);
        QCOMPARE(answer->data.value("author").toObject().value("name").toString(),
                 QStringLiteral("Bia"));
        for (const Envelope &event : visitor->received())
            QVERIFY(event.type != QLatin1String("typing"));
    }

    void handingOverAJoinedChatPassesIt()
    {
        Desk ana(m_server, m_ana);
        Desk bia(m_server, m_bia);
        ana.window.show();
        QVERIFY(ana.connected());
        QVERIFY(bia.connected());
        bia.controller.setStatus(papo::common::OperatorStatus::Invisible);
        QSignalSpy biaInvited(bia.controller.actions(), &ConversationActions::invited);

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Meu cupom não funciona")) > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.queue(), conversationId), 10000);
        ana.controller.openConversation(conversationId);
        QVERIFY(!ana.controller.sendReply(QStringLiteral("Vou verificar o cupom")).isEmpty());
        QVERIFY(waitForOperatorText(*visitor, QStringLiteral("Vou verificar o cupom")));
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.mine(), conversationId), 10000);
        const qsizetype visitorFramesBefore = visitor->received().size();

        child<QPushButton>(ana.window, "addOperatorButton")->click();
        auto *dialog = child<AddOperatorDialog>(ana.window, "addOperatorDialog");
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->teammateList()->model()->rowCount(), 1, 10000);
        QVERIFY(dialog->handOverBox()->isEnabled());
        dialog->handOverBox()->setChecked(true);
        dialog->teammateList()->setCurrentIndex(dialog->teammateList()->model()->index(0, 0));
        dialog->addButton()->click();

        // Bia, though invisible, is told and owns the chat; it leaves Ana's list and screen.
        QTRY_COMPARE_WITH_TIMEOUT(biaInvited.count(), 1, 10000);
        QCOMPARE(biaInvited.first().at(0).toLongLong(), conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.openConversationId(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*bia.controller.mine(), conversationId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!listContains(*ana.controller.mine(), conversationId), 10000);
        QVERIFY(!listContains(*ana.controller.queue(), conversationId));

        // Bia answers; since the hand-over the visitor heard only of her.
        bia.controller.openConversation(conversationId);
        QVERIFY(!bia.controller.sendReply(QStringLiteral("Oi, sou a Bia: já liberei")).isEmpty());
        const auto answer
            = waitForOperatorText(*visitor, QStringLiteral("Oi, sou a Bia: já liberei"));
        QVERIFY(answer);
        QCOMPARE(answer->data.value("author").toObject().value("name").toString(),
                 QStringLiteral("Bia"));
        const auto since = visitor->received().mid(visitorFramesBefore);
        for (const Envelope &event : since) {
            QVERIFY(event.type != QLatin1String("typing"));
            if (event.type == QLatin1String("message"))
                QCOMPARE(event.data.value("author").toObject().value("name").toString(),
                         QStringLiteral("Bia"));
        }
        bia.controller.setStatus(papo::common::OperatorStatus::Offline);
    }

    void closeReopenAndSearch()
    {
        Desk ana(m_server, m_ana);
        ana.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ana.window));
        QVERIFY(ana.connected());
        QAbstractItemModelTester closedTester(ana.controller.closed());
        QAbstractItemModelTester resultsTester(ana.controller.actions()->searchResults());

        std::unique_ptr<WsClient> visitor;
        qint64 conversationId = 0;
        anaAnswersAVisitor(ana, QStringLiteral("O pedido 4471 chegou amassado"),
                           QStringLiteral("Vamos trocar, desculpe!"), &visitor, &conversationId);
        if (QTest::currentTestFailed())
            return;

        // Close: the chat moves to Closed; the header offers Reopen.
        auto *closeReopen = child<QPushButton>(ana.window, "closeReopenButton");
        QCOMPARE(closeReopen->text(), QStringLiteral("Close"));
        closeReopen->click();
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.closed(), conversationId), 10000);
        QVERIFY(!listContains(*ana.controller.mine(), conversationId));
        QCOMPARE(closeReopen->text(), QStringLiteral("Reopen"));
        QVERIFY(child<QLabel>(ana.window, "conversationDetailsLabel")->text().startsWith("Closed"));
        QCOMPARE(ana.controller.openConversationId(), conversationId);
        // The visitor panel's history of this visitor shows it closed.
        auto *history = child<QListView>(ana.window, "visitorConversationsList");
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            history->model()->index(0, 0).data(ConversationListModel::ClosedRole).toBool(), 10000);
        QCOMPARE(history->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong(),
                 conversationId);

        // Reopen: back among Mine.
        closeReopen->click();
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.mine(), conversationId), 10000);
        QVERIFY(!listContains(*ana.controller.closed(), conversationId));
        QCOMPARE(closeReopen->text(), QStringLiteral("Close"));

        // Closed again, then the visitor writes: it reopens by itself.
        closeReopen->click();
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.closed(), conversationId), 10000);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Obrigado, chegou a troca")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.mine(), conversationId), 10000);

        // Search every conversation; a result opens its conversation.
        ana.controller.openConversation(0);
        ConversationSearch *search = ana.window.conversationSearch();
        QTest::keyClicks(search->field(), QStringLiteral("AMASSADO 4471"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(search->isShowingResults(), 10000);
        QListView *results = search->results();
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(results->isVisible());
        QVERIFY(!ana.window.conversationList()->isVisible());
        const QModelIndex hit = results->model()->index(0, 0);
        QCOMPARE(hit.data(SearchResultModel::ConversationIdRole).toLongLong(), conversationId);
        QVERIFY(hit.data(SearchResultModel::SnippetRole).toString().contains("amassado"));
        QVERIFY(hit.data().toString().startsWith(ConversationListModel::displayName(
            *ana.controller.conversations()->find(conversationId))));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                          results->visualRect(hit).center());
        QTRY_COMPARE(ana.controller.openConversationId(), conversationId);

        // Nothing found says so; clearing the field brings the lists back.
        search->field()->clear();
        QVERIFY(!search->isShowingResults());
        QVERIFY(ana.window.conversationList()->isVisible());
        QTest::keyClicks(search->field(), QStringLiteral("inexistente"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(search->isShowingResults(), 10000);
        QCOMPARE(results->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(ana.window, "searchSummary")->text().contains("inexistente"));
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-conversation.png (the queue, a conversation and the
    // visitor's details), desk-main-window.png (a conversation with an edited, seen reply and
    // the gear on hover) and desk-saved-replies.png (the `/` popup) there, in Portuguese when
    // PAPO_QM_DIR holds papo_pt_BR.qm (the last test: the language stays); see
    // tests/desk/README.md.
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        speakPortugueseWhenAsked();
        ServerProcess server;
        server.setEnvironment("PAPO_OWNER_NAME", "Ana Souza");
        QVERIFY(server.start());
        const QString token = server.login();
        WsClient teammate;
        QVERIFY(teammate.open(server.wsUrl(QStringLiteral("/ws/operator"))));
        QCOMPARE(teammate.request("hello", {{"token", token}})->type, QStringLiteral("ack"));
        const QList<std::pair<QString, QString>> replies{
            {"frete", "O frete é **grátis** acima de R$ 200 para todo o Brasil."},
            {"prazo", "Entregamos em até 3 dias úteis nas capitais."},
            {"pix", "No Pix você ganha 5% de desconto."},
            {"troca", "A primeira troca é grátis em até 30 dias."}};
        for (const auto &[shortcut, text] : replies)
            QCOMPARE(teammate.request("save_reply", {{"shortcut", shortcut}, {"text", text}})->type,
                     QStringLiteral("ack"));

        Desk ana(server, token);
        ana.window.resize(1280, 760);
        ana.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ana.window));
        QVERIFY(ana.connected());
        ana.controller.setStatus(papo::common::OperatorStatus::Online);
        QString visitorToken;
        auto visitor = connectVisitor(server, &visitorToken);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Boa tarde! Qual o prazo de entrega para "
                                                     "Recife?"))
                > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.queue(), conversationId), 10000);
        const qint64 visitorId = ana.controller.conversations()->find(conversationId)->visitorId;
        QCOMPARE(
            teammate.request("update_visitor", {{"visitorId", visitorId}, {"name", "Joana Lima"}})
                ->type,
            QStringLiteral("ack"));
        ana.controller.openConversation(conversationId);
        MessageModel *messages = ana.controller.messages();
        ComposerEdit *composer = ana.window.conversationView()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Oi, Joana! Para Recife sao 3 dias."));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(messages->lastOwnMessageId() > 0, 10000);
        const qint64 answer = messages->lastOwnMessageId();
        QTest::keyClick(composer, Qt::Key_Up);
        composer->selectAll();
        composer->insertPlainText(QStringLiteral("Oi, Joana! Para Recife são 3 dias úteis."));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(messages->index(rowOfMessage(*messages, answer), 0)
                                     .data(MessageModel::EditedRole)
                                     .toBool(),
                                 10000);
        QCOMPARE(visitor->request("read", {{"upToId", answer}})->type, QStringLiteral("ack"));
        QVERIFY(visitorSays(*visitor, QStringLiteral("Ótimo! E o frete?")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, 10000);
        QTest::keyClicks(composer, QStringLiteral("/fre"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(messages->lastOwnMessageId() > answer, 10000);
        QString otherToken;
        auto other = connectVisitor(server, &otherToken);
        QVERIFY(visitorSays(*other, QStringLiteral("Vocês têm o tênis azul no 42?")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.queue()->rowCount(), 1, 10000);

        QVERIFY(ana.window.grab().save(QDir(directory).filePath("desk-conversation.png")));

        QListView *list = ana.window.conversationView()->messageList();
        QTest::mouseMove(
            list->viewport(),
            list->visualRect(messages->index(rowOfMessage(*messages, answer), 0)).center());
        QTest::qWait(200);
        QVERIFY(ana.window.grab().save(QDir(directory).filePath("desk-main-window.png")));

        QTest::keyClicks(composer, QStringLiteral("Mais uma coisa: /"));
        QTRY_VERIFY(ana.window.conversationView()->savedReplyPopup()->isVisible());
        QTest::keyClick(composer, Qt::Key_Down);
        QTest::qWait(200);
        QVERIFY(ana.window.grab().save(QDir(directory).filePath("desk-saved-replies.png")));
    }

private:
    // A visitor writes; Ana opens the chat from her queue and answers, so it is among Mine.
    void anaAnswersAVisitor(Desk &ana, const QString &question, const QString &answer,
                            std::unique_ptr<WsClient> *visitor, qint64 *conversationId)
    {
        QString token;
        *visitor = connectVisitor(m_server, &token);
        QVERIFY(*visitor);
        QVERIFY(visitorSays(**visitor, question) > 0);
        *conversationId = conversationOfMessage(**visitor);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.queue(), *conversationId), 10000);
        ana.controller.openConversation(*conversationId);
        QVERIFY(!ana.controller.sendReply(answer).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(listContains(*ana.controller.mine(), *conversationId), 10000);
    }

    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_MAIN(TestConversationActions)
#include "tst_conversationactions.moc"
