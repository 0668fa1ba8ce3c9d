#include "deskfixture.h"

#include "app/appearance.h"
#include "app/chatcontroller.h"
#include "app/deskpreferences.h"
#include "models/conversationlistmodel.h"
#include "views/conversationlistpane.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"
#include "views/preferencesdialog.h"
#include "views/visitorpanel.h"
#include "views/visitorsview.h"
#include "views/windowplace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using papo::common::OperatorStatus;
using Theme = DeskPreferences::Theme;

namespace {

// The colour a widget shows at a point (offscreen rendering, as on screen).
QColor colourAt(QWidget *widget, const QPoint &point)
{
    return widget->grab().toImage().pixelColor(point * widget->devicePixelRatioF());
}

// The lightest and the darkest pixel a widget shows: its text and its background.
std::pair<int, int> lightnessRange(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    int lightest = 0;
    int darkest = 255;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int lightness = image.pixelColor(x, y).lightness();
            lightest = std::max(lightest, lightness);
            darkest = std::min(darkest, lightness);
        }
    }
    return {lightest, darkest};
}

// The chat's and the visitor's headings, drawn while the theme changes under them.
const char *const headingLabels[] = {"visitorNameLabel", "conversationDetailsLabel",
                                     "visitorPanelNameLabel", "visitorPresenceLabel"};

} // namespace

// Light and dark against the real server: Preferences switches the palette at once, the
// custom-painted rows and bubbles follow it, no widget keeps a fixed colour, the icons are
// drawn from SVG at 200 %, and the window remembers its place. With PAPO_SCREENSHOT_DIR set
// it saves the main window in both themes and Preferences with the language box, in Portuguese
// when PAPO_QM_DIR holds papo_pt_BR.qm.
class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        dressForThePictures(m_server);
        QVERIFY(startAndLogIn(m_server, &m_token));
    }

    void cleanup() { Appearance::apply(Theme::Light); }

    void preferencesSwitchLightAndDark()
    {
        DeskSession desk;
        desk.window.resize(1280, 760);
        QVERIFY(desk.showAndConnect(m_server, m_token));
        desk.controller.setStatus(OperatorStatus::Online);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Boa noite! Vocês entregam sábado?")) > 0);
        const qint64 chat = conversationOfMessage(*visitor);
        QListView *queue = desk.window.conversationList()->queueView();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
        desk.controller.openConversation(chat);
        QListView *messages = desk.window.conversationView()->messageList();
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 1, 10000);

        // Light until the operator picks Dark in Preferences: everything turns at once.
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        saveScreenshot(desk.window, "desk-light.png");
        DeskPreferences preferences;
        QObject::connect(&preferences, &DeskPreferences::themeChanged, &Appearance::apply);
        PreferencesDialog dialog(&preferences, nullptr);
        QComboBox *theme = dialog.themeBox();
        theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
        emit theme->activated(theme->currentIndex());
        QCOMPARE(preferences.theme(), Theme::Dark);
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QVERIFY(Appearance::isDark(desk.window.visitorPanel()->palette()));
        // The headings turn too: light text on a dark ground, none left as it was.
        for (const char *name : headingLabels) {
            auto *label = child<QLabel>(desk.window, name);
            QTRY_VERIFY(!label->text().isEmpty());
            const auto [lightest, darkest] = lightnessRange(label);
            QVERIFY2(lightest > 140 && darkest < 60,
                     qPrintable(QString("%1: %2..%3").arg(name).arg(darkest).arg(lightest)));
        }
        // The queue's selected row and the visitor's bubble are painted dark too.
        const QRect row = queue->visualRect(queue->model()->index(0, 0));
        QVERIFY(colourAt(queue->viewport(), row.topLeft() + QPoint(4, 4)).lightness() < 110);
        const QRect bubble = messages->visualRect(messages->model()->index(0, 0));
        const QColor bubbleColour
            = colourAt(messages->viewport(), bubble.topLeft() + QPoint(20, bubble.height() / 2));
        QVERIFY2(bubbleColour.lightness() < 110, qPrintable(bubbleColour.name()));

        theme->setCurrentIndex(theme->findData(int(Theme::Light)));
        emit theme->activated(theme->currentIndex());
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        QVERIFY(colourAt(messages->viewport(), bubble.topLeft() + QPoint(20, bubble.height() / 2))
                    .lightness()
                > 200);
        for (const char *name : headingLabels) {
            const auto [lightest, darkest] = lightnessRange(child<QLabel>(desk.window, name));
            QVERIFY2(lightest > 200 && darkest < 130,
                     qPrintable(QString("%1: %2..%3").arg(name).arg(darkest).arg(lightest)));
        }
        // Remembered for the next start.
        QCOMPARE(DeskPreferences().theme(), Theme::Light);
        // The guide's Preferences → Language: the box shows the language picked (not stored:
        // only activating an item stores it).
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR")) {
            QComboBox *language = dialog.languageBox();
            language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveScreenshot(dialog, "desk-preferences-language.png");
            dialog.hide();
        }
        desk.controller.dismissConversation(chat);
    }

    void noWidgetKeepsAFixedColour()
    {
        // Style sheets may name palette roles, never a colour: a fixed colour would not
        // follow the theme.
        DeskSession desk;
        const QRegularExpression fixedColour(
            QStringLiteral("(#[0-9a-fA-F]{3,8}\\b|rgb|white|black)"));
        const auto widgets = desk.window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            QVERIFY2(
                !fixedColour.match(widget->styleSheet()).hasMatch(),
                qPrintable(widget->objectName() + QStringLiteral(": ") + widget->styleSheet()));
        }
    }

    void theAttachButtonIsADrawnIcon()
    {
        // The paperclip is resources/attach.svg, not the 📎 emoji: without an emoji font a text
        // glyph is an empty box.
        DeskSession desk;
        auto *attach = desk.window.findChild<QPushButton *>(QStringLiteral("attachButton"));
        QVERIFY(attach);
        QVERIFY(attach->text().isEmpty());
        QVERIFY(!attach->icon().isNull());
        QVERIFY(attach->icon().availableSizes().isEmpty()); // drawn from the SVG, at any size
        QVERIFY(!attach->icon().pixmap(attach->iconSize()).isNull());
    }

    void iconsAreSharpAt200Percent()
    {
        for (const char *path : {":/icons/papo.svg", ":/icons/attach.svg"}) {
            const QIcon icon(QString::fromLatin1(path));
            // Drawn from the SVG at the screen's scale, not a small picture blown up.
            const QPixmap pixmap = icon.pixmap(QSize(22, 22), 2.0);
            QCOMPARE(pixmap.size(), QSize(44, 44));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QVERIFY(!icon.availableSizes().contains(QSize(22, 22))); // no bitmap behind it
        }
    }

    void theWindowRemembersItsPlace()
    {
        {
            DeskSession desk;
            desk.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
            desk.window.resize(1111, 701);
            auto *splitter = desk.window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({340, 500, 271});
            desk.window.mainTabs()->setCurrentIndex(1);
            desk.window.conversationList()->tabs()->setCurrentIndex(2);
            desk.window.visitorsView()->table()->horizontalHeader()->resizeSection(0, 234);
            QTRY_COMPARE(desk.window.size(), QSize(1111, 701));
            m_sizes = splitter->sizes();
            WindowPlace::save(desk.window);
        }
        DeskSession again;
        QVERIFY(WindowPlace::restore(again.window));
        again.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window));
        QTRY_COMPARE(again.window.size(), QSize(1111, 701));
        QCOMPARE(again.window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(),
                 m_sizes);
        QCOMPARE(again.window.mainTabs()->currentIndex(), 1);
        QCOMPARE(again.window.conversationList()->tabs()->currentIndex(), 2);
        QCOMPARE(again.window.visitorsView()->table()->horizontalHeader()->sectionSize(0), 234);
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-dark.png there: papo-desk started in the dark theme
    // (after a switch at run time the conversation's heading keeps the light theme's colours,
    // a known issue, so the picture is of a desk that starts dark).
    void darkScreenshot()
    {
        if (!qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR"))
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        Appearance::apply(Theme::Dark);
        DeskSession desk;
        desk.window.resize(1280, 760);
        QVERIFY(desk.showAndConnect(m_server, m_token));
        desk.controller.setStatus(OperatorStatus::Online);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Boa noite! Vocês entregam sábado?")) > 0);
        const qint64 chat = conversationOfMessage(*visitor);
        QTRY_VERIFY_WITH_TIMEOUT(desk.controller.conversations()->contains(chat), 10000);
        desk.controller.openConversation(chat);
        QListView *messages = desk.window.conversationView()->messageList();
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 1, 10000);
        QVERIFY(Appearance::isDark(desk.window.visitorPanel()->palette()));
        saveScreenshot(desk.window, "desk-dark.png");
        desk.controller.dismissConversation(chat);
    }

private:
    QTemporaryDir m_settingsDir;
    ServerProcess m_server;
    QString m_token;
    QList<int> m_sizes;
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
