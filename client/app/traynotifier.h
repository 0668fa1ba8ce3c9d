#pragma once

#include "notificationpolicy.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace papo::desk {

class ChatController;

// The system tray icon: a notification (with a sound) for each `notify` from the server as
// NotificationPolicy allows, and the unread count in the tooltip and as a
// badge on the icon until the main window is active again. Without a system tray (e.g.
// offscreen) it still counts, and shows nothing.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(ChatController *controller, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isTrayAvailable() const { return m_tray != nullptr; }
    int unreadCount() const { return m_unread; }
    QString toolTip() const;
    QIcon icon() const;
    // While the main window is active nothing is counted as unread.
    void setWindowActive(bool active);
    void clearUnread();
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
    int m_unread = 0;
    bool m_windowActive = false;
};

} // namespace papo::desk
