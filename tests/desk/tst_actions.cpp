#include "deskfixture.h"

#include "app/actioncontroller.h"
#include "app/chatcontroller.h"
#include "app/teamcontroller.h"
#include "models/actionmodel.h"
#include "models/authorname.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "views/actionconditionrow.h"
#include "views/actioneditor.h"
#include "views/actionssettingspage.h"
#include "views/conversationlistpane.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace papo::desk;
using namespace papo::testing;
using papo::common::Envelope;

// ACT-1…6 in papo-desk against the real server: Settings → Automatic actions builds an action
// from the cart template with a URL and a time, a scripted visitor on that page gets the
// targeted message, the list counts the firing; a refusal names the field; the switch and
// delete (after a confirmation) reach the server.
class TestDeskActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        dressForThePictures(m_server);
        QVERIFY(startAndLogIn(m_server, &m_owner));
    }

    void cartTemplateFiresForAVisitor()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.controller.team()->members()->rowCount() == 1, 10000);
        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        auto *page = dialog->findChild<ActionsSettingsPage *>();
        QVERIFY(page);
        dialog->showPage(page);
        QAbstractItemModelTester tester(desk.controller.automaticActions()->actions(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *list = child<QListView>(*page, "actionList");

        // New → From template: Cart page; only the URL, the text, a shorter time (2 s for the
        // 30 s of a shop) and the sender: the bot, so the answer lands in the queue.
        QAction *fromCart = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((fromCart = page->findChild<QAction *>("newActionFrom_cart")),
                                 10000);
        fromCart->trigger();
        ActionEditor *editor = page->editor();
        // The template in the desk's language (the server's words for it: "Cart page").
        QString cartName;
        for (const QJsonValue &t :
             connectOperatorSocket()
                 ->request("action_templates", {{"language", QLocale().name()}})
                 ->data.value("templates")
                 .toArray())
            if (t["template"].toString() == "cart")
                cartName = t["name"].toString();
        QVERIFY(!cartName.isEmpty());
        if (QLocale().language() == QLocale::English)
            QCOMPARE(cartName, QString("Cart page"));
        QCOMPARE(child<QLineEdit>(*editor, "actionNameEdit")->text(), cartName);
        QVERIFY(!child<QPlainTextEdit>(*editor, "actionLiveTextEdit")->toPlainText().isEmpty());
        // The text for any language in English, and its Portuguese twin, which the visitor
        // (a pt-BR browser) gets.
        auto *liveText = child<QPlainTextEdit>(*editor, "actionLiveTextEdit");
        auto *textLanguage = child<QComboBox>(*editor, "actionTextLanguageCombo");
        liveText->setPlainText("Can I help you with your cart?");
        textLanguage->setCurrentIndex(textLanguage->findData(QString("pt")));
        QCOMPARE(liveText->toPlainText(), QString());
        const QString cartText = QStringLiteral("Posso ajudar com o seu carrinho?");
        liveText->setPlainText(cartText);
        textLanguage->setCurrentIndex(textLanguage->findData(QString()));
        QCOMPARE(liveText->toPlainText(), QString("Can I help you with your cart?"));
        textLanguage->setCurrentIndex(textLanguage->findData(QString("pt")));
        QCOMPARE(liveText->toPlainText(), cartText);
        auto *url = child<ActionConditionRow>(*editor, "actionCondition_url");
        child<QLineEdit>(*url, "conditionText")->setText("https://loja.example/carrinho");
        auto *time = child<ActionConditionRow>(*editor, "actionCondition_time_on_page");
        child<QSpinBox>(*time, "conditionNumber")->setValue(2);
        auto *sender = child<QComboBox>(*editor, "actionSenderCombo");
        QVERIFY(sender->findData(QString("operator:%1").arg(desk.controller.team()->myId())) > 0);
        sender->setCurrentIndex(sender->findData(QString("bot:0")));
        saveScreenshot(*dialog, "desk-settings-action-editor.png");
        QTest::mouseClick(child<QPushButton>(*editor, "saveActionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
        QTRY_VERIFY(list->currentIndex().isValid()); // the saved one is selected
        QCOMPARE(list->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const QJsonObject saved = connectOperatorSocket()
                                      ->request("actions")
                                      ->data.value("actions")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(saved["liveText"].toString(), QString("Can I help you with your cart?"));
        QCOMPARE(saved["translations"]["pt"]["liveText"].toString(), cartText);
        QCOMPARE(saved["translations"].toObject().keys(), QStringList{"pt"});

        // A visitor on the cart page gets the card from the owner after the time on it.
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        const auto card = visitor->waitForEvent("targeted");
        QVERIFY(card);
        QCOMPARE(card->data.value("text").toString(), cartText);
        QCOMPARE(card->data["sender"]["kind"].toString(), QString("bot"));
        const QString botName = card->data["sender"]["name"].toString();
        QVERIFY(!botName.isEmpty()); // the website's name, by default

        // Reloading the page before answering: the same card comes back (ACT-3), and the
        // action does not fire again, while an "open window" after 3 s on any page proves
        // the 2 s went by.
        const qint64 cardId = card->data["id"].toInteger();
        const auto marker = connectOperatorSocket()->request(
            "save_action",
            {{"name", "Marker"},
             {"conditions", QJsonArray{QJsonObject{
                                {"field", "time_on_page"}, {"op", "at_least"}, {"value", "3"}}}},
             {"enabled", true},
             {"repeat", "every_page"},
             {"delay", 0},
             {"kind", "open_window"},
             {"live", true},
             {"messenger", true}});
        QCOMPARE(marker->type, QString("ack"));
        visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor->waitForEvent("open_window"));
        QCOMPARE(targetedIds(*visitor), QList<qint64>{cardId});
        QCOMPARE(connectOperatorSocket()
                     ->request("delete_action", {{"id", marker->data["action"]["id"].toInteger()}})
                     ->type,
                 QString("ack"));
        answerLandsInTheQueue(desk, *visitor, cartText, botName);

        // Answered, reloading within the 5 minutes brings no card at all: whatever came with
        // the hello is read after a round trip.
        visitor = connectVisitor(m_server, &token);
        QCOMPARE(visitor->request("typing", {{"typing", false}})->type, QString("ack"));
        QCOMPARE(targetedIds(*visitor), QList<qint64>{});
        desk.controller.automaticActions()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(
            list->model()->index(0, 0).data(ActionModel::FiredThisWeekRole).toInt(), 1, 10000);
        QCOMPARE(list->model()->index(0, 0).data().toString(),
                 cartName + '\n' + ActionModel::tr("Fired %n time(s) this week", nullptr, 1));
        // Both lines show whole in the list.
        const QRect row = list->visualRect(list->model()->index(0, 0));
        QVERIFY(row.height() >= 2 * list->fontMetrics().height());
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR")) // the picture shows the pt text
            textLanguage->setCurrentIndex(textLanguage->findData(QString("pt")));
        saveScreenshot(*dialog, "desk-settings-actions.png");

        // Off with the check box: the server keeps it off.
        list->model()->setData(list->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
        auto admin = connectOperatorSocket();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray actions = answerTo(*admin, "actions").value("actions").toArray();
                return !actions.isEmpty() && !actions.at(0)["enabled"].toBool();
            },
            10000));

        // Duplicate, then delete the copy after saying yes.
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(*page, "duplicateActionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
        QTRY_VERIFY(list->currentIndex().data().toString().startsWith(cartName + " (2)"));
        answerYesToTheNextQuestion();
        QTest::mouseClick(child<QPushButton>(*page, "deleteActionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);

        // ACT-2: the interval between targeted messages and the zone of days and times.
        auto *interval = child<QSpinBox>(*page, "actionIntervalSpin");
        QTRY_COMPARE(interval->value(), 5); // the default, 5 minutes
        interval->setValue(3);
        child<QLineEdit>(*page, "actionTimeZoneEdit")->setText("America/Sao_Paulo");
        QTest::mouseClick(child<QPushButton>(*page, "saveActionRulesButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return answerTo(*admin, "actions").value("settings").toObject()
                       == QJsonObject(
                           {{"intervalSeconds", 180}, {"timeZone", "America/Sao_Paulo"}});
            },
            10000));

        // A refusal names the field, in the editor.
        page->findChild<QAction *>("newBlankAction")->trigger();
        QTest::mouseClick(child<QPushButton>(*editor, "saveActionButton"), Qt::LeftButton);
        auto *error = child<QLabel>(*editor, "actionErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains("\"name\""), qPrintable(error->text()));
    }

private:
    static QList<qint64> targetedIds(const WsClient &visitor)
    {
        QList<qint64> ids;
        for (const Envelope &e : visitor.received())
            if (e.type == QLatin1String("targeted"))
                ids << e.data["id"].toInteger();
        return ids;
    }

    // The visitor answers the card: the chat waits in the queue of papo-desk, and opened it
    // shows the bot's message above the answer.
    void answerLandsInTheQueue(DeskSession &desk, WsClient &visitor, const QString &cartText,
                               const QString &botName)
    {
        const auto answer = visitor.request(
            "message", {{"cid", visitorClientId()}, {"text", "Tem frete para Recife?"}});
        QCOMPARE(answer->type, QString("ack"));
        const qint64 chat = answer->data["message"]["conversationId"].toInteger();
        QListView *queue = desk.window.conversationList()->queueView();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
        QCOMPARE(queue->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong(),
                 chat);
        desk.controller.openConversation(chat);
        QListView *messages = desk.window.conversationView()->messageList();
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, 10000);
        const QModelIndex first = messages->model()->index(0, 0);
        QCOMPARE(first.data(MessageModel::AuthorKindRole).toInt(),
                 int(papo::common::AuthorKind::Bot));
        QCOMPARE(first.data(MessageModel::AuthorNameRole).toString(),
                 AuthorName::tr("%1 (bot)").arg(botName));
        QVERIFY(first.data(MessageModel::HtmlRole).toString().contains(cartText));
        QVERIFY(messages->model()
                    ->index(1, 0)
                    .data(MessageModel::HtmlRole)
                    .toString()
                    .contains("Tem frete para Recife?"));
    }

    std::unique_ptr<WsClient> connectOperatorSocket() { return operatorSocket(m_server, m_owner); }

    ServerProcess m_server;
    QString m_owner;
};

QTEST_MAIN(TestDeskActions)
#include "tst_actions.moc"
