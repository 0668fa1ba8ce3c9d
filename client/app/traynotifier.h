#pragma once

#include "notificationpolicy.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace papo::desk {

class ChatController;

// The system tray icon: a notification for each `notify` from the server as
// NotificationPolicy allows (ChatAlerts adds the sound), and the number of chats waiting in
// the queue plus my chats with unread messages in the tooltip and drawn on the icon. Without
// a system tray (e.g. offscreen) it still decides and counts, and shows nothing.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(ChatController *controller, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isTrayAvailable() const { return m_tray != nullptr; }
    // A text as the tray is given it: freedesktop notification servers may read it as
    // markup, so what a visitor wrote is escaped there.
    static QString trayMarkup(const QString &plain);
    // The number drawn on the icon: waiting plus unread chats.
    int badgeCount() const;
    QString toolTip() const;
    QIcon icon() const;
    // The chat open in the active window notifies nothing.
    void setWindowActive(bool active);
    // A notice of the app's own (HRS-1: the working day started or ended), outside the
    // policy and the unread count.
    void showNotice(const QString &title, const QString &body);

signals:
    void showWindowRequested();
    void quitRequested();
    // The operator clicked the latest notification about a chat.
    void notificationClicked(qint64 conversationId, papo::desk::NotifyEvent::Reason reason);
    // Emitted for every notification, shown or not (no tray): title and plain-text body.
    void notified(const QString &title, const QString &body);
    // A `notify` the policy let through (sound and taskbar mark follow it).
    void alerted(const papo::desk::NotifyEvent &event);

private:
    void considerNotify(const NotifyEvent &event);
    void show(const QString &title, const QString &plainBody);
    void refresh();

    ChatController *m_controller;
    NotificationPolicy m_policy;
    // Declared in this order so the icon goes before the menu it shows (a QMenu cannot
    // have a QObject parent that is not a widget).
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QIcon m_baseIcon;
    NotifyEvent m_lastShown; // what a click on the tray's message is about
    bool m_windowActive = false;
};

} // namespace papo::desk
