#include "deskfixture.h"

#include "app/chatcontroller.h"
#include "app/groupcontroller.h"
#include "app/teamcontroller.h"
#include "models/conversationlistmodel.h"
#include "models/groupmodel.h"
#include "models/messagemodel.h"
#include "models/teammodel.h"
#include "views/actioneditor.h"
#include "views/actionssettingspage.h"
#include "views/chatbotpage.h"
#include "views/conversationlistpane.h"
#include "views/conversationview.h"
#include "views/scenarioeditor.h"
#include "views/scenariotree.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace papo::desk;
using namespace papo::testing;

// Settings → Chatbot (BOT-1…4) in papo-desk against the real server: the issue's "Vendas ou
// Suporte?" built in the tree editor as an admin would, the server's refusal marked on the
// empty node, the saved tree as the server keeps it, the preview, moving and deleting a
// branch, and deleting the scenario.
class TestDeskChatbot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        dressForThePictures(m_server);
        QVERIFY(startAndLogIn(m_server, &m_owner));
    }

    void anAdminBuildsSalesOrSupportInTheTreeEditor()
    {
        auto admin = operatorSocket(m_server, m_owner);
        QVERIFY(admin);
        const auto group = admin->request("save_group", {{"name", "Suporte"}});
        const qint64 support = group->data["group"]["id"].toInteger();
        QVERIFY(support > 0);

        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.groups()->groups()->rowCount(), 1, 10000);
        auto *page = openSettingsPage<ChatbotPage>(desk);
        QVERIFY(page);
        ScenarioEditor *editor = page->editor();
        ScenarioTree *tree = editor->tree();
        auto *label = child<QLineEdit>(*editor, "replyLabelEdit");
        auto *message = child<QPlainTextEdit>(*editor, "botMessageEdit");
        auto *addReply = child<QPushButton>(*editor, "addReplyButton");
        auto *save = child<QPushButton>(*editor, "saveScenarioButton");
        auto *preview = child<QLabel>(*editor, "scenarioPreview");
        QCOMPARE(preview->textFormat(), Qt::PlainText);

        // The first message, then "Vendas" (with two plans) and a reply left empty.
        QTest::mouseClick(child<QPushButton>(*page, "newScenarioButton"), Qt::LeftButton);
        child<QLineEdit>(*editor, "scenarioNameEdit")->setText("Vendas ou Suporte?");
        auto *groupCombo = child<QComboBox>(*editor, "handOverGroupCombo");
        groupCombo->setCurrentIndex(groupCombo->findData(support));
        QVERIFY(groupCombo->currentIndex() > 0);
        QVERIFY(!label->isEnabled()); // the first message answers no reply
        message->setPlainText("Olá! Vendas ou suporte?");
        QTest::mouseClick(addReply, Qt::LeftButton);
        QVERIFY(label->isEnabled());
        QTest::keyClicks(label, "Vendas");
        message->setPlainText("Qual plano?");
        QTreeWidgetItem *sales = tree->currentItem();
        for (const char *plan : {"Mensal", "Anual"}) {
            tree->setCurrentItem(sales);
            QTest::mouseClick(addReply, Qt::LeftButton);
            QTest::keyClicks(label, plan);
            message->setPlainText(QString("O plano %1.").arg(plan));
        }
        tree->setCurrentItem(sales);
        QCOMPARE(preview->text(), ScenarioEditor::tr("Visitor: %1").arg("Vendas") + '\n'
                                      + ScenarioEditor::tr("Bot: %1").arg("Qual plano?")
                                      + "\n[ Mensal ] [ Anual ]");
        tree->setCurrentItem(tree->top());
        QTest::mouseClick(addReply, Qt::LeftButton);
        QVERIFY(preview->text().contains(ScenarioEditor::tr(
            "(A person takes over: the reply goes to the team, who is notified.)")));

        // BOT-2: the server names the empty reply, and the editor marks it.
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith("Visitor reply 2 after"), 10000);
        QTreeWidgetItem *empty = tree->itemAt({1});
        QVERIFY(empty->data(0, ScenarioTree::RefusedRole).toBool());
        QCOMPARE(tree->currentItem(), empty);
        QVERIFY(empty->toolTip(0).contains("has no text"));
        saveScreenshot(*desk.window.settingsDialog(), "desk-settings-chatbot-refused.png");

        // Named "Suporte", it hands over: saved, and the server keeps the tree as built.
        QTest::keyClicks(label, "Suporte");
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->statusText(), ScenarioEditor::tr("Saved."), 10000);
        QVERIFY(!empty->data(0, ScenarioTree::RefusedRole).toBool());
        auto *list = child<QListWidget>(*page, "scenarioList");
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
        QCOMPARE(list->currentItem()->text(), QString("Vendas ou Suporte?"));
        QVERIFY(editor->scenarioId() > 0);
        const auto reply
            = [](const QString &text, const QString &bot, const QJsonArray &next = {}) {
                  return QJsonObject{{"label", text}, {"message", bot}, {"replies", next}};
              };
        const QJsonObject built{{"message", "Olá! Vendas ou suporte?"},
                                {"replies", QJsonArray{reply("Vendas", "Qual plano?",
                                                             {reply("Mensal", "O plano Mensal."),
                                                              reply("Anual", "O plano Anual.")}),
                                                       reply("Suporte", "")}}};
        QJsonObject kept = storedScenario(*admin);
        QCOMPARE(kept["name"].toString(), QString("Vendas ou Suporte?"));
        QCOMPARE(kept["groupId"].toInteger(), support);
        QCOMPARE(kept["start"].toObject(), built);
        saveScreenshot(*desk.window.settingsDialog(), "desk-settings-chatbot.png");

        // "Anual" first, then the branch deleted: one plan left is refused at "Vendas".
        QTreeWidgetItem *annual = tree->itemAt({0, 1});
        tree->setCurrentItem(annual);
        QTest::mouseClick(child<QPushButton>(*editor, "moveReplyUpButton"), Qt::LeftButton);
        QCOMPARE(tree->itemAt({0, 0}), annual);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(firstPlanOnServer(*admin), QString("Anual"), 10000);
        tree->setCurrentItem(annual);
        QTest::mouseClick(child<QPushButton>(*editor, "deleteBranchButton"), Qt::LeftButton);
        QCOMPARE(tree->currentItem(), tree->itemAt({0}));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains("has one visitor reply"), 10000);
        QVERIFY(tree->itemAt({0})->data(0, ScenarioTree::RefusedRole).toBool());

        // Deleted after a yes: gone from the list and the server.
        answerYesToTheNextQuestion();
        QTest::mouseClick(child<QPushButton>(*page, "deleteScenarioButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, 10000);
        QCOMPARE(admin->request("chatbot_scenarios")->data["scenarios"].toArray(), QJsonArray());
    }

    // BOT-6: Automatic actions → a blank action that starts the scenario; a visitor walks it
    // to the hand-over and the chat reaches papo-desk's queue with the bot's turns in it.
    void anActionStartsItAndTheDeskShowsTheBotsTurns()
    {
        auto admin = operatorSocket(m_server, m_owner);
        QVERIFY(admin);
        const QJsonObject start{{"message", "Olá! Posso ajudar?"},
                                {"replies", QJsonArray{QJsonObject{{"label", "Falar com a equipe"},
                                                                   {"message", ""},
                                                                   {"replies", QJsonArray()}},
                                                       QJsonObject{{"label", "Só olhando"},
                                                                   {"message", "Fique à vontade!"},
                                                                   {"replies", QJsonArray()}}}}};
        const auto saved
            = admin->request("save_chatbot_scenario", {{"name", "Boas-vindas"}, {"start", start}});
        const qint64 scenarioId = saved->data["scenario"]["id"].toInteger();
        QVERIFY(scenarioId > 0);

        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        // The team and groups are in before the admin starts typing (they refill the form).
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.team()->members()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.groups()->groups()->rowCount(), 1, 10000);
        auto *page = openSettingsPage<ActionsSettingsPage>(desk);
        QVERIFY(page);
        page->findChild<QAction *>("newBlankAction")->trigger();
        ActionEditor *editor = page->editor();
        child<QLineEdit>(*editor, "actionNameEdit")->setText("Bot de boas-vindas");
        auto *kind = child<QComboBox>(*editor, "actionKindCombo");
        kind->setCurrentIndex(kind->findData(QString("start_scenario")));
        auto *scenario = child<QComboBox>(*editor, "actionScenarioCombo");
        QVERIFY(scenario->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(scenario->findData(scenarioId), 0, 10000);
        scenario->setCurrentIndex(0);
        QVERIFY(child<QLabel>(*editor, "actionScenarioHint")->isVisibleTo(editor));
        saveScreenshot(*desk.window.settingsDialog(), "desk-settings-action-scenario.png");
        QTest::mouseClick(child<QPushButton>(*editor, "saveActionButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return answerTo(*admin, "actions")["actions"][0]["scenarioId"].toInteger()
                       == scenarioId;
            },
            10000));

        // A visitor gets the question, and "Falar com a equipe" hands over to the queue.
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        const auto prompt = visitor->waitForEvent("scenario");
        QVERIFY(prompt);
        const auto handOver = visitor->request(
            "scenario_reply", {{"messageId", prompt->data["messageId"]}, {"choice", 0}});
        QCOMPARE(handOver->type, QString("ack"));
        QListView *queue = desk.window.conversationList()->queueView();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
        const qint64 chat
            = queue->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong();
        desk.controller.openConversation(chat);
        QListView *messages = desk.window.conversationView()->messageList();
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, 10000);
        const QModelIndex question = messages->model()->index(0, 0);
        QCOMPARE(question.data(MessageModel::AuthorKindRole).toInt(),
                 int(papo::common::AuthorKind::Bot));
        QVERIFY(question.data(MessageModel::HtmlRole).toString().contains("Olá! Posso ajudar?"));
        const QModelIndex answer = messages->model()->index(1, 0);
        QCOMPARE(answer.data(MessageModel::AuthorKindRole).toInt(),
                 int(papo::common::AuthorKind::Visitor));
        QVERIFY(answer.data(MessageModel::HtmlRole).toString().contains("Falar com a equipe"));
    }

private:
    static QJsonObject storedScenario(WsClient &admin)
    {
        return admin.request("chatbot_scenarios")->data["scenarios"][0].toObject();
    }

    // The first plan offered after "Vendas", as the server keeps it.
    static QString firstPlanOnServer(WsClient &admin)
    {
        const QJsonObject scenario = storedScenario(admin);
        return scenario["start"]["replies"][0]["replies"][0]["label"].toString();
    }

    ServerProcess m_server;
    QString m_owner;
};

QTEST_MAIN(TestDeskChatbot)
#include "tst_chatbot.moc"
