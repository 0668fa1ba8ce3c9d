#pragma once

#include "alertsounds.h"
#include "net/notifyevent.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace papo::desk {

class ChatController;
class DeskPreferences;
class TrayNotifier;

// Alerts that cannot be missed: each notification the tray lets through (NOT-1) plays its
// sound and marks the taskbar entry when the window is not active; while a chat waits in
// the queue and the operator is online, the new-chat alert comes back every
// DeskPreferences::repeatInterval() until someone takes it.
class ChatAlerts final : public QObject
{
    Q_OBJECT

public:
    ChatAlerts(ChatController *controller, TrayNotifier *tray, DeskPreferences *preferences,
               QObject *parent = nullptr);

    AlertSounds *sounds() const { return m_sounds; }
    // The window whose taskbar entry QApplication::alert() marks.
    void setWindow(QWidget *window) { m_window = window; }
    bool isRepeating() const { return m_repeat.isActive(); }

    static DeskPreferences::Sound soundFor(NotifyEvent::Reason reason);

signals:
    // QApplication::alert() was asked to mark the window's taskbar entry.
    void taskbarMarked();
    // A chat still waiting in the queue alerted again.
    void repeated();

private:
    void alert(const NotifyEvent &event);
    void markTaskbar();
    void updateRepeat();
    void repeatAlert();

    ChatController *m_controller;
    DeskPreferences *m_preferences;
    AlertSounds *m_sounds;
    QPointer<QWidget> m_window;
    QTimer m_repeat;
};

} // namespace papo::desk
