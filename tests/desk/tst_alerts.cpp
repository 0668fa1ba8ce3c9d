#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/alertsounds.h"
#include "app/chatalerts.h"
#include "app/chatcontroller.h"
#include "app/conversationactions.h"
#include "app/deskpreferences.h"
#include "app/traynotifier.h"
#include "models/chatcounts.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "views/addoperatordialog.h"
#include "views/mainwindow.h"

#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;
using papo::common::OperatorStatus;
using Sound = DeskPreferences::Sound;

namespace {

// An operator's desk with everything that alerts: the tray, the sounds and the repeat.
struct AlertingDesk : DeskSession
{
    explicit AlertingDesk(DeskPreferences *preferences)
        : alerts(&controller, &tray, preferences)
    {
        alerts.setWindow(&window);
    }

    TrayNotifier tray{&controller};
    ChatAlerts alerts;
};

QList<Sound> soundsPlayed(const QSignalSpy &spy)
{
    QList<Sound> sounds;
    for (const QList<QVariant> &call : spy)
        sounds << call.at(0).value<Sound>();
    return sounds;
}

} // namespace

// Alerts that cannot be missed, against the real server: the new-chat sound (observed where
// AlertSounds hands it to QSoundEffect), repeated while the chat waits and stopped when it is
// taken; the counts on the tray icon and in the title; the taskbar mark while the window is
// behind another; no sound while invisible; the invitation sound; the preferences obeyed.
class TestAlerts : public QObject
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

    void soundsAreShippedAndLoadWithoutAnAudioDevice()
    {
        DeskPreferences preferences;
        AlertSounds sounds(&preferences);
        for (const Sound sound : {Sound::NewChat, Sound::NewMessage, Sound::Invitation}) {
            QFile file(AlertSounds::resourcePath(sound));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray header = file.read(12);
            QVERIFY(header.startsWith("RIFF") && header.endsWith("WAVE"));
            QSoundEffect *effect = sounds.effect(sound);
            QCOMPARE(effect->source().toString(), "qrc" + AlertSounds::resourcePath(sound));
            // Decoded by Qt (Ready) or refused for want of a sound card (Error); either way
            // papo-desk goes on.
            QTRY_VERIFY_WITH_TIMEOUT(effect->status() == QSoundEffect::Ready
                                         || effect->status() == QSoundEffect::Error,
                                     10000);
            QSignalSpy played(&sounds, &AlertSounds::playRequested);
            sounds.play(sound);
            QCOMPARE(played.count(), 1);
            QCOMPARE(played.first().at(1).toInt(), preferences.volume(sound));
        }
    }

    void aWaitingChatAlertsUntilItIsTaken()
    {
        DeskPreferences preferences;
        preferences.setRepeatInterval(400ms);
        AlertingDesk ana(&preferences);
        QSignalSpy played(ana.alerts.sounds(), &AlertSounds::playRequested);
        QSignalSpy marked(&ana.alerts, &ChatAlerts::taskbarMarked);
        QSignalSpy repeated(&ana.alerts, &ChatAlerts::repeated);
        ana.window.resize(1100, 720);
        QVERIFY(ana.showAndConnect(m_server, m_ana));
        ana.controller.setStatus(OperatorStatus::Online);
        QTRY_COMPARE(ana.controller.status(), OperatorStatus::Online);
        QCOMPARE(ana.window.windowTitle(), QStringLiteral("Papo"));

        // Another window in front: papo-desk is not the active one.
        QWidget other;
        other.setWindowTitle(QStringLiteral("Another program"));
        other.resize(300, 200);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!ana.window.isActiveWindow());

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Alguém aí? Preciso de ajuda")) > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);

        QTRY_VERIFY_WITH_TIMEOUT(!played.isEmpty(), 10000);
        QCOMPARE(soundsPlayed(played).first(), Sound::NewChat);
        QVERIFY(!marked.isEmpty()); // the taskbar entry asks for attention
        // The counts: on the icon, in its tooltip and in the title. They follow the chat's
        // `conversation` event, which may come in a later read than the message's sound.
        QTRY_COMPARE(ana.tray.badgeCount(), 1);
        QVERIFY2(ana.tray.toolTip().contains(QStringLiteral("1 waiting")),
                 qPrintable(ana.tray.toolTip()));
        QCOMPARE(ana.window.windowTitle(), QStringLiteral("(1) Papo"));
        const QImage plain = QIcon(QStringLiteral(":/icons/papo.svg")).pixmap(32).toImage();
        const QImage badged = ana.tray.icon().pixmap(32).toImage();
        QVERIFY(!badged.isNull());
        QVERIFY(badged != plain);
        // The number is drawn in the badge's corner, over the icon's own colours.
        QCOMPARE(QColor(badged.pixel(badged.width() - 6, 6)).red(), 0xd9);

        // Nobody answers: the alert comes back, each time with the new-chat sound.
        QTRY_VERIFY_WITH_TIMEOUT(repeated.count() >= 2, 10000);
        QVERIFY(ana.alerts.isRepeating());
        for (const Sound sound : soundsPlayed(played))
            QCOMPARE(sound, Sound::NewChat);
        QVERIFY(marked.count() >= 3);

        // Ana takes it: her reply makes it hers and the alert stops.
        ana.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&ana.window));
        ana.controller.openConversation(conversationId);
        QVERIFY(!ana.controller.sendReply(QStringLiteral("Oi! Estou aqui.")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.counts()->waiting(), 0, 10000);
        QVERIFY(!ana.alerts.isRepeating());
        QCOMPARE(ana.window.windowTitle(), QStringLiteral("Papo"));
        QCOMPARE(ana.tray.badgeCount(), 0);

        // Her own chat's next message has the message sound, and the title counts it once
        // she looks elsewhere.
        ana.controller.openConversation(0);
        played.clear();
        QVERIFY(visitorSays(*visitor, QStringLiteral("Obrigada!")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!played.isEmpty(), 10000);
        QCOMPARE(soundsPlayed(played), QList<Sound>{Sound::NewMessage});
        QTRY_COMPARE(ana.window.windowTitle(), QStringLiteral("(1) Papo"));
        QVERIFY(ana.tray.toolTip().contains(QStringLiteral("1 unread")));
        ana.controller.openConversation(conversationId);
        QTRY_COMPARE(ana.window.windowTitle(), QStringLiteral("Papo"));
    }

    void invisibleHearsNoNewChatButAnInvitation()
    {
        DeskPreferences preferences;
        preferences.setRepeatInterval(300ms);
        AlertingDesk ana(&preferences);
        AlertingDesk bia(&preferences);
        ana.window.show();
        ana.open(m_server, m_ana);
        bia.open(m_server, m_bia);
        QVERIFY(ana.connected());
        QVERIFY(bia.connected());
        bia.controller.setStatus(OperatorStatus::Invisible);
        QTRY_COMPARE(bia.controller.status(), OperatorStatus::Invisible);
        QSignalSpy biaPlayed(bia.alerts.sounds(), &AlertSounds::playRequested);
        QSignalSpy biaNotified(&bia.tray, &TrayNotifier::notified);

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Vocês têm loja física?")) > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        // The chat waits in Bia's queue too, but she is invisible: no sound, no repeat.
        QTRY_COMPARE_WITH_TIMEOUT(bia.controller.counts()->waiting(), 1, 10000);
        QVERIFY(!bia.alerts.isRepeating());

        // Ana answers and adds Bia: the invitation sound plays for Bia (NOT-1).
        ana.controller.openConversation(conversationId);
        QVERIFY(!ana.controller.sendReply(QStringLiteral("Temos sim, no centro.")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(bia.controller.counts()->waiting(), 0, 10000);
        ana.controller.actions()->addOperator(conversationId, bia.controller.me().id, false);
        QTRY_COMPARE_WITH_TIMEOUT(biaNotified.count(), 1, 10000);
        QCOMPARE(soundsPlayed(biaPlayed), QList<Sound>{Sound::Invitation});
    }

    void preferencesSilenceAndStopTheRepeat()
    {
        DeskPreferences preferences;
        preferences.setRepeatInterval(300ms);
        preferences.setSoundEnabled(Sound::NewChat, false);
        AlertingDesk ana(&preferences);
        QSignalSpy played(ana.alerts.sounds(), &AlertSounds::playRequested);
        QSignalSpy repeated(&ana.alerts, &ChatAlerts::repeated);
        QVERIFY(ana.showAndConnect(m_server, m_ana));
        ana.controller.setStatus(OperatorStatus::Online);

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Qual o horário de vocês?")) > 0);
        // Switched off: the chat repeats its alert (the taskbar), without a sound.
        QTRY_VERIFY_WITH_TIMEOUT(repeated.count() >= 1, 10000);
        QVERIFY(played.isEmpty());

        // Never again: the repeat stops at once.
        preferences.setRepeatInterval(0ms);
        QVERIFY(!ana.alerts.isRepeating());
        preferences.setRepeatInterval(std::chrono::seconds(DeskPreferences::DefaultRepeat));
        QVERIFY(ana.alerts.isRepeating());

        // Back on with the volume at 0: still silent; at 35 %, that volume.
        preferences.setSoundEnabled(Sound::NewChat, true);
        preferences.setVolume(Sound::NewChat, 0);
        ana.alerts.sounds()->play(Sound::NewChat);
        QVERIFY(played.isEmpty());
        preferences.setVolume(Sound::NewChat, 35);
        ana.alerts.sounds()->play(Sound::NewChat);
        QCOMPARE(played.count(), 1);
        QCOMPARE(played.first().at(1).toInt(), 35);
        QCOMPARE(qRound(ana.alerts.sounds()->effect(Sound::NewChat)->volume() * 100) > 0, true);

        // Offline: nothing repeats.
        ana.controller.setStatus(OperatorStatus::Offline);
        QTRY_VERIFY(!ana.alerts.isRepeating());
        ana.controller.dismissConversation(conversationOfMessage(*visitor));
    }

private:
    QTemporaryDir m_settingsDir;
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
