#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/chatcontroller.h"
#include "app/translationloader.h"
#include "app/websitesettingscontroller.h"
#include "models/widgettextlabels.h"
#include "models/widgettextsmodel.h"
#include "net/pictureupload.h"
#include "net/serverconnection.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"
#include "views/widgetsettingspage.h"
#include "views/widgettextspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

namespace {

int rowOfKey(const QAbstractItemModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(WidgetTextsModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

// Types into the editor an item view opened and commits it with Enter (the view takes the
// text on its next turn of the event loop).
bool typeIntoEditor(QWidget *view, const QString &text)
{
    QLineEdit *editor = view->findChild<QLineEdit *>();
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    return true;
}

} // namespace

// Settings → Widget against the real server (INS-1, INS-3, RAT-1, WID-2, WID-3): the owner
// edits the widget in the pane and a visitor's hello carries the result; the snippet goes to
// the clipboard; an operator has no Settings at all.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Its screenshots are in Portuguese (PAPO_QM_DIR holds papo_pt_BR.qm): the assertions
        // read the pane's words through tr(), in whichever language is installed.
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR")
            && qEnvironmentVariableIsSet("PAPO_QM_DIR")) {
            TranslationLoader::install(qApp, {"pt_BR"}, qEnvironmentVariable("PAPO_QM_DIR"));
            QLocale::setDefault(TranslationLoader::localeFor("pt_BR"));
        }
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
    }

    void theSnippetNamesTheAddressVisitorsUse()
    {
        // Behind a proxy the team may reach the server at one address and visitors' browsers
        // at another: the snippet must name the public one (--public-url).
        ServerProcess server;
        server.setExtraArguments({"--public-url", "https://chat.loja.example/papo"});
        QString owner, bia;
        QVERIFY(startWithOwnerAndBia(server, &owner, &bia));
        DeskSession desk;
        QVERIFY(desk.showAndConnect(server, owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        desk.window.settingsAction()->trigger();
        auto *page = desk.window.settingsDialog()->findChild<WidgetSettingsPage *>();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isEnabled(), 10000);
        QVERIFY2(page->snippet().contains(
                     "<script async src=\"https://chat.loja.example/papo/widget.js\"></script>"),
                 qPrintable(page->snippet()));
    }

    void ownerEditsTheWidgetInThePane()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);

        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *page = dialog->findChild<WidgetSettingsPage *>();
        QVERIFY(page);
        QCOMPARE(dialog->currentPage(), page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isEnabled(), 10000);
        QAbstractItemModelTester tester(page->textsPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // INS-1: the snippet names this website's key and this server, and Copy copies it.
        const QString snippet = page->snippet();
        QVERIFY2(snippet.contains(QStringLiteral("window.PapoID='%1'").arg(m_server.websiteKey())),
                 qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("<script async src=\"%1\"></script>")
                                      .arg(m_server.httpUrl("/widget.js").toString())),
                 qPrintable(snippet));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(*page, "copySnippetButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), snippet);

        // Look: colour by hex, the left side, Portuguese by default; one allowed site;
        // no ratings.
        auto *color = child<QLineEdit>(*page, "colorEdit");
        QCOMPARE(color->text(), QString("#1f6feb"));
        color->selectAll();
        QTest::keyClicks(color, "#AA3300");
        auto *position = child<QComboBox>(*page, "positionCombo");
        position->setCurrentIndex(position->findData("left"));
        auto *language = child<QComboBox>(*page, "defaultLanguageCombo");
        QCOMPARE(language->count(), 3);
        language->setCurrentIndex(language->findData("pt"));
        auto *origins = child<QListWidget>(*page, "allowedOriginsList");
        QTest::mouseClick(child<QPushButton>(*page, "addOriginButton"), Qt::LeftButton);
        QVERIFY(typeIntoEditor(origins, "https://loja.example"));
        QTRY_COMPARE(origins->item(0)->text(), QString("https://loja.example"));
        auto *ratings = child<QCheckBox>(*page, "ratingsCheckBox");
        QVERIFY(ratings->isChecked());
        ratings->setChecked(false);
        // BOT-1: the bot's name; empty, it shows the website's.
        auto *botName = child<QLineEdit>(*page, "botNameEdit");
        QCOMPARE(botName->text(), QString());
        QVERIFY(!botName->placeholderText().isEmpty());
        QTest::keyClicks(botName, "Assistente da Loja");
        // ... and its picture, saved at once, without losing what is typed but not saved yet;
        // a file that is no picture is refused in words.
        auto *botPicture = child<QLabel>(*page, "botPictureLabel");
        // In the language the test runs in (Portuguese when it takes the docs' screenshots).
        QCOMPARE(botPicture->text(), papo::desk::WidgetSettingsPage::tr("None"));
        QTemporaryDir pictures;
        QImage red(64, 64, QImage::Format_RGB32);
        red.fill(QColor(220, 30, 30));
        QVERIFY(red.save(pictures.filePath("bot.png")));
        page->uploadBotPicture(pictures.filePath("bot.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!botPicture->pixmap().isNull(), 10000);
        const QImage shown = botPicture->pixmap().toImage();
        QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2).red(), 220);
        QCOMPARE(child<QLabel>(*page, "widgetSettingsStatus")->text(),
                 WidgetSettingsPage::tr("The bot's picture is saved."));
        QCOMPARE(botName->text(), QString("Assistente da Loja"));
        QFile notAPicture(pictures.filePath("notes.png"));
        QVERIFY(notAPicture.open(QIODevice::WriteOnly) && notAPicture.write("notes") == 5);
        notAPicture.close();
        page->uploadBotPicture(notAPicture.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(*page, "widgetSettingsStatus")
                ->text()
                .contains(PictureUpload::tr("This file is not a picture Papo can use. Choose a "
                                            "PNG, JPEG, WebP or GIF picture.")),
            10000);
        QVERIFY(child<QPushButton>(*page, "botPictureButton")->isEnabled());

        // Texts: Portuguese, the title edited in place; markup stays text.
        child<QTabWidget>(*page, "widgetSettingsTabs")->setCurrentIndex(1);
        WidgetTextsPage *texts = page->textsPage();
        auto *textsLanguage = child<QComboBox>(*texts, "textsLanguageCombo");
        textsLanguage->setCurrentIndex(textsLanguage->findData("pt"));
        auto *table = child<QTableView>(*texts, "widgetTextsTable");
        // Each text is named by what it is, in the desk's language, never by its key; the
        // tooltip and KeyRole still give the key.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex name = table->model()->index(row, WidgetTextsModel::KeyColumn);
            const QString key = name.data(WidgetTextsModel::KeyRole).toString();
            QVERIFY2(!key.isEmpty() && name.data().toString() != key,
                     qPrintable(key + " has no name: add it to WidgetTextLabels"));
            QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(key), qPrintable(key));
        }
        QCOMPARE(table->model()
                     ->index(rowOfKey(*table->model(), "greetLive"), WidgetTextsModel::KeyColumn)
                     .data()
                     .toString(),
                 WidgetTextLabels::tr("Greeting when the team is online"));
        QCOMPARE(WidgetTextLabels::label("aNewerServersText"), QString("aNewerServersText"));
        const int titleRow = rowOfKey(*table->model(), "title");
        QVERIFY(titleRow >= 0);
        QCOMPARE(table->model()->index(titleRow, WidgetTextsModel::DefaultColumn).data().toString(),
                 QString("Fale conosco"));
        const QModelIndex titleCustom
            = table->model()->index(titleRow, WidgetTextsModel::CustomColumn);
        table->setCurrentIndex(titleCustom);
        table->edit(titleCustom);
        QVERIFY(typeIntoEditor(table->viewport(), "Fale com a <b>Loja</b>"));
        QTRY_COMPARE(titleCustom.data().toString(), QString("Fale com a <b>Loja</b>"));
        QVERIFY(child<QPushButton>(*texts, "restoreDefaultButton")->isEnabled());

        saveAndWait(*page, desk.controller);
        QJsonObject widget = widgetFor("https://loja.example", "pt-BR");
        QCOMPARE(widget.value("color").toString(), QString("#aa3300"));
        QCOMPARE(widget.value("position").toString(), QString("left"));
        QCOMPARE(widget.value("texts").toObject().value("title").toString(),
                 QString("Fale com a <b>Loja</b>"));
        QCOMPARE(widgetFor("https://loja.example", "de-DE").value("language").toString(),
                 QString("pt"));
        QCOMPARE(m_lastHello.value("ratings").toBool(true), false);
        WsClient admin;
        QVERIFY(admin.open(m_server.wsUrl("/ws/operator")));
        QVERIFY(admin.request("hello", {{"token", m_owner}}));
        const auto websites = admin.request("websites");
        QCOMPARE(websites->data["websites"][0]["botName"].toString(),
                 QString("Assistente da Loja"));
        QVERIFY(websites->data["websites"][0]["botAvatarUrl"].toString().startsWith("avatars/"));
        QCOMPARE(widgetFor("https://evil.example", "pt-BR"), QJsonObject()); // refused

        if (const QByteArray dir = qgetenv("PAPO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            child<QTabWidget>(*page, "widgetSettingsTabs")->setCurrentIndex(0);
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(dir)
                                        + QStringLiteral("/desk-settings-widget.png")));
            child<QTabWidget>(*page, "widgetSettingsTabs")->setCurrentIndex(1);
            // The guide shows a title a shop would choose (restored below either way).
            QVERIFY(table->model()->setData(titleCustom, QString("Fale com a Loja da Ana")));
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(dir)
                                        + QStringLiteral("/desk-settings-widget-texts.png")));
        }

        // "Restore default" forgets the custom text; saved, visitors get the default again.
        table->setCurrentIndex(titleCustom);
        QTest::mouseClick(child<QPushButton>(*texts, "restoreDefaultButton"), Qt::LeftButton);
        QCOMPARE(titleCustom.data().toString(), QString());
        QVERIFY(!child<QPushButton>(*texts, "restoreDefaultButton")->isEnabled());
        saveAndWait(*page, desk.controller);
        QCOMPARE(widgetFor("https://loja.example", "pt-BR")
                     .value("texts")
                     .toObject()
                     .value("title")
                     .toString(),
                 QString("Fale conosco"));

        // A value the server refuses shows its reason; nothing is stored.
        auto *status = child<QLabel>(*page, "widgetSettingsStatus");
        QTest::mouseClick(child<QPushButton>(*page, "addOriginButton"), Qt::LeftButton);
        QVERIFY(typeIntoEditor(origins, "loja sem esquema"));
        QTRY_COMPARE(origins->item(1)->text(), QString("loja sem esquema"));
        QTest::mouseClick(child<QPushButton>(*page, "saveWidgetSettingsButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("loja sem esquema"), 10000);
        QCOMPARE(status->textFormat(), Qt::PlainText);

        // Logging out (the connection closed on purpose) takes Settings away.
        desk.connection.close();
        QVERIFY(!desk.window.settingsAction()->isVisible());
        QVERIFY(!dialog->isVisible());
    }

    void operatorsHaveNoSettings()
    {
        DeskSession desk;
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QSignalSpy operatorKnown(&desk.controller, &ChatController::operatorChanged);
        desk.open(m_server, m_bia);
        QTRY_COMPARE_WITH_TIMEOUT(operatorKnown.count(), 1, 10000);
        QCOMPARE(desk.controller.me().role, QString("operator"));
        QVERIFY(!desk.window.settingsAction()->isVisible());
        desk.window.showSettings();
        QVERIFY(!desk.window.settingsDialog());

        // The server refuses them too, whatever the app shows.
        QSignalSpy refused(desk.controller.websiteSettings(),
                           &WebsiteSettingsController::loadFailed);
        desk.controller.websiteSettings()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QVERIFY(!desk.controller.websiteSettings()->isLoaded());
    }

private:
    void saveAndWait(WidgetSettingsPage &page, ChatController &controller)
    {
        QSignalSpy saved(controller.websiteSettings(), &WebsiteSettingsController::saved);
        QTest::mouseClick(child<QPushButton>(page, "saveWidgetSettingsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    }

    // What a widget on `origin` whose visitor speaks `language` receives in its hello ack.
    QJsonObject widgetFor(const QString &origin, const QString &language)
    {
        QNetworkRequest request(m_server.wsUrl("/ws/visitor"));
        request.setRawHeader("Origin", origin.toUtf8());
        WsClient visitor;
        if (!visitor.open(request))
            return {};
        const auto reply = visitor.request(
            "hello", {{"key", m_server.websiteKey()}, {"url", origin + "/"}, {"lang", language}});
        if (!reply || reply->type != QLatin1String("ack"))
            return {};
        m_lastHello = reply->data;
        return reply->data.value("widget").toObject();
    }

    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
    QJsonObject m_lastHello;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
