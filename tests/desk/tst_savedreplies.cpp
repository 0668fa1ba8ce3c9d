#include "deskfixture.h"

#include "app/chatcontroller.h"
#include "app/savedreplycontroller.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/savedreplymodel.h"
#include "net/serverconnection.h"
#include "views/composeredit.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"
#include "views/savedrepliesview.h"
#include "views/savedreplypopup.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

namespace {

QJsonArray sampleReplies()
{
    return {
        QJsonObject{
            {"id", 1}, {"shortcut", "frete"}, {"text", "O frete é **grátis** acima de R$ 200."}},
        QJsonObject{{"id", 2}, {"shortcut", "prazo"}, {"text", "Entregamos em três dias úteis."}},
        QJsonObject{{"id", 3}, {"shortcut", "troca-facil"}, {"text", "Trocas em até 30 dias."}}};
}

QStringList shortcuts(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(SavedReplyModel::ShortcutRole).toString();
    return result;
}

} // namespace

// Saved replies (CHT-7): the `/` popup's filter, keyboard and insertion, and the Saved
// replies tab adding, changing and deleting replies on the real server.
class TestSavedReplies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startAndLogIn(m_server, &m_token)); }

    void filterMatchesShortcutAndText_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing typed: all") << "" << QStringList{"frete", "prazo", "troca-facil"};
        QTest::newRow("a shortcut's start") << "fre" << QStringList{"frete"};
        QTest::newRow("a word of the text, case and accents ignored")
            << "GRATIS" << QStringList{"frete"};
        QTest::newRow("accented keyword") << "três" << QStringList{"prazo"};
        QTest::newRow("several replies, alphabetical")
            << "dias" << QStringList{"prazo", "troca-facil"};
        QTest::newRow("shortcut matches first") << "tr" << QStringList{"troca-facil", "prazo"};
        QTest::newRow("with a dash") << "troca-f" << QStringList{"troca-facil"};
        QTest::newRow("a word's middle does not match") << "rete" << QStringList{};
        QTest::newRow("no match") << "xyz" << QStringList{};
    }

    void filterMatchesShortcutAndText()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, expected);
        SavedReplyModel replies;
        QAbstractItemModelTester sourceTester(&replies);
        replies.setReplies(sampleReplies());
        SavedReplyFilterModel filter;
        QAbstractItemModelTester filterTester(&filter);
        filter.setSourceModel(&replies);
        filter.setKeyword(keyword);
        QCOMPARE(shortcuts(filter), expected);
    }

    void tabAddsChangesAndDeletesReplies()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_token));
        QAbstractItemModelTester tester(desk.controller.savedReplies()->replies());

        SavedRepliesView *view = desk.window.savedRepliesView();
        desk.window.mainTabs()->setCurrentWidget(view);
        QCOMPARE(desk.window.mainTabs()->tabText(desk.window.mainTabs()->currentIndex()),
                 QStringLiteral("Saved replies"));
        auto *list = view->list();

        // Add two.
        view->newButton()->click();
        QTest::keyClicks(view->shortcutField(), QStringLiteral("frete"));
        view->textField()->setPlainText(QStringLiteral("Frete grátis acima de R$ 200."));
        view->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
        QTRY_COMPARE(view->messageLabel()->text(), QStringLiteral("Saved."));
        view->newButton()->click();
        QTest::keyClicks(view->shortcutField(), QStringLiteral("prazo"));
        view->textField()->setPlainText(QStringLiteral("Três dias úteis."));
        view->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
        QCOMPARE(list->currentIndex().data(SavedReplyModel::ShortcutRole).toString(),
                 QStringLiteral("prazo"));

        // The shortcut field refuses spaces as the server would.
        view->newButton()->click();
        QTest::keyClicks(view->shortcutField(), QStringLiteral("com espaco"));
        QCOMPARE(view->shortcutField()->text(), QStringLiteral("comespaco"));
        // A taken shortcut: the server's error is shown, nothing is added.
        view->shortcutField()->setText(QStringLiteral("FRETE"));
        view->textField()->setPlainText(QStringLiteral("outro"));
        view->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(view->messageLabel()->text().contains("/FRETE"), 10000);
        QCOMPARE(list->model()->rowCount(), 2);

        // Change the first one's text.
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(view->shortcutField()->text(), QStringLiteral("frete"));
        view->textField()->setPlainText(QStringLiteral("Frete **grátis** para todo o Brasil!"));
        view->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            list->model()->index(0, 0).data(SavedReplyModel::TextRole).toString(),
            QStringLiteral("Frete **grátis** para todo o Brasil!"), 10000);

        // The server has them (another connection asks).
        WsClient teammate;
        QVERIFY(teammate.open(m_server.wsUrl(QStringLiteral("/ws/operator"))));
        QCOMPARE(teammate.request("hello", {{"token", m_token}})->type, QStringLiteral("ack"));
        QJsonArray stored = answerTo(teammate, "saved_replies").value("replies").toArray();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).toObject().value("text").toString(),
                 QStringLiteral("Frete **grátis** para todo o Brasil!"));
        QCOMPARE(stored.at(1).toObject().value("shortcut").toString(), QStringLiteral("prazo"));

        // A teammate's change arrives live.
        QCOMPARE(
            teammate.request("save_reply", {{"shortcut", "troca"}, {"text", "Trocas em 30 dias."}})
                ->type,
            QStringLiteral("ack"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 10000);
        QCOMPARE(list->currentIndex().data(SavedReplyModel::ShortcutRole).toString(),
                 QStringLiteral("frete")); // still the one being edited

        // Delete the second one.
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(view->shortcutField()->text(), QStringLiteral("prazo"));
        view->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
        QCOMPARE(shortcuts(*list->model()), (QStringList{"frete", "troca"}));
        stored = answerTo(teammate, "saved_replies").value("replies").toArray();
        QCOMPARE(stored.size(), 2);
        QVERIFY(view->shortcutField()->text().isEmpty());
    }

    void slashOpensThePopupInTheComposer()
    {
        DeskSession desk;
        desk.window.resize(1280, 760);
        QVERIFY(desk.showAndConnect(m_server, m_token));
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.savedReplies()->replies()->rowCount(), 2, 10000);

        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Qual o valor do frete para Manaus?")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.controller.queue()->rowCount() > 0, 10000);
        desk.controller.openConversation(
            desk.controller.queue()->index(0, 0).data(ConversationListModel::IdRole).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.messages()->rowCount(), 1, 10000);

        ComposerEdit *composer = desk.window.conversationView()->composer();
        SavedReplyPopup *popup = desk.window.conversationView()->savedReplyPopup();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Oi! /"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->list()->model()->rowCount(), 2);
        QVERIFY(popup->geometry().bottom() <= composer->mapTo(&desk.window, QPoint(0, 0)).y()
                || popup->parentWidget() != &desk.window); // floats above the composer
        QTest::keyClicks(composer, QStringLiteral("tro"));
        QCOMPARE(popup->keyword(), QStringLiteral("tro"));
        QCOMPARE(shortcuts(*popup->list()->model()), QStringList{"troca"});

        // Esc closes it and leaves the text; typing on does not bring it back.
        QTest::keyClick(composer, Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
        QCOMPARE(composer->toPlainText(), QStringLiteral("Oi! /tro"));
        QTest::keyClicks(composer, QStringLiteral("c"));
        QVERIFY(!popup->isVisible());

        // A new `/`: ↓ and ↑ move, Tab inserts the reply's text in place of `/keyword`.
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("Oi! /"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->list()->currentIndex().row(), 0);
        QTest::keyClick(composer, Qt::Key_Down);
        QCOMPARE(popup->list()->currentIndex().row(), 1);
        QTest::keyClick(composer, Qt::Key_Down);
        QCOMPARE(popup->list()->currentIndex().row(), 0); // wraps around
        QTest::keyClick(composer, Qt::Key_Up);
        QCOMPARE(popup->list()->currentIndex().data(SavedReplyModel::ShortcutRole).toString(),
                 QStringLiteral("troca"));
        QTest::keyClick(composer, Qt::Key_Tab);
        QVERIFY(!popup->isVisible());
        QCOMPARE(composer->toPlainText(), QStringLiteral("Oi! Trocas em 30 dias."));
        QVERIFY(composer->hasFocus());

        // Enter inserts too (and sends nothing); a second Enter then sends.
        QTest::keyClicks(composer, QStringLiteral(" /fre"));
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(composer->toPlainText(),
                 QStringLiteral("Oi! Trocas em 30 dias. Frete **grátis** para todo o Brasil!"));
        QCOMPARE(desk.controller.messages()->rowCount(), 1);
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(waitForOperatorText(
            *visitor,
            QStringLiteral("Oi! Trocas em 30 dias. Frete **grátis** para todo o Brasil!")));

        // A `/` inside a word is not a keyword.
        QTest::keyClicks(composer, QStringLiteral("e/ou"));
        QVERIFY(!popup->isVisible());
    }

private:
    ServerProcess m_server;
    QString m_token;
};

QTEST_MAIN(TestSavedReplies)
#include "tst_savedreplies.moc"
