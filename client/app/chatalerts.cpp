#include "chatalerts.h"

#include "chatcontroller.h"
#include "deskpreferences.h"
#include "models/chatcounts.h"
#include "traynotifier.h"

#include <QApplication>
#include <QWidget>

namespace papo::desk {

ChatAlerts::ChatAlerts(ChatController *controller, TrayNotifier *tray, DeskPreferences *preferences,
                       QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_preferences(preferences)
    , m_sounds(new AlertSounds(preferences, this))
{
    connect(tray, &TrayNotifier::alerted, this, &ChatAlerts::alert);
    connect(&m_repeat, &QTimer::timeout, this, &ChatAlerts::repeatAlert);
    connect(controller->counts(), &ChatCounts::changed, this, &ChatAlerts::updateRepeat);
    connect(controller, &ChatController::statusChanged, this, &ChatAlerts::updateRepeat);
    connect(preferences, &DeskPreferences::repeatIntervalChanged, this, [this] {
        m_repeat.stop(); // starts again with the new interval
        updateRepeat();
    });
    updateRepeat();
}

DeskPreferences::Sound ChatAlerts::soundFor(NotifyEvent::Reason reason)
{
    switch (reason) {
    case NotifyEvent::Reason::Queued:
    case NotifyEvent::Reason::Waiting:  // STA-5: a chat nobody answers, like a new one
    case NotifyEvent::Reason::Assigned: // GRP-2: a chat put in one's group, like a new one
        break;
    case NotifyEvent::Reason::Message:
        return DeskPreferences::Sound::NewMessage;
    case NotifyEvent::Reason::Invited:
        return DeskPreferences::Sound::Invitation;
    }
    return DeskPreferences::Sound::NewChat;
}

void ChatAlerts::alert(const NotifyEvent &event)
{
    m_sounds->play(soundFor(event.reason));
    markTaskbar();
}

void ChatAlerts::markTaskbar()
{
    if (!m_window || m_window->isActiveWindow())
        return;
    // 0: until the operator comes to the window.
    QApplication::alert(m_window, 0);
    emit taskbarMarked();
}

void ChatAlerts::updateRepeat()
{
    // NOT-1: only an online operator is called back to the queue; invisible and offline
    // operators get no new chats.
    const bool due = m_controller->status() == papo::common::OperatorStatus::Online
                     && m_controller->counts()->waiting() > 0
                     && m_preferences->repeatInterval().count() > 0;
    if (!due) {
        m_repeat.stop();
        return;
    }
    if (!m_repeat.isActive()) {
        m_repeat.setInterval(m_preferences->repeatInterval());
        m_repeat.start();
    }
}

void ChatAlerts::repeatAlert()
{
    m_sounds->play(DeskPreferences::Sound::NewChat);
    markTaskbar();
    emit repeated();
}

} // namespace papo::desk
