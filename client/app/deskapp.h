#pragma once

#include "accountsettings.h"
#include "net/authclient.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace papo::desk {

class AttentionTracker;
class ChatAlerts;
class ChatController;
class DeskPreferences;
class LoginDialog;
class MainWindow;
class PreferencesDialog;
class ServerConnection;
class TokenStore;
class SlowAlertsController;
class TrayNotifier;
class WorkingHoursController;
class WorkingHoursDialog;
class WorkingHoursScheduler;

// papo-desk's composition root and session flow: logs in silently with the token saved in
// the keychain, or shows the login dialog; opens the connection and the main window; goes
// back to the login dialog when the token is refused or the operator logs out.
class DeskApp final : public QObject
{
    Q_OBJECT

public:
    explicit DeskApp(QObject *parent = nullptr);
    ~DeskApp() override;

    // The server the login dialog suggests while no account is saved (papo-desk --server).
    void setDefaultServerUrl(const QUrl &url) { m_defaultServerUrl = url; }
    void start();

    ServerConnection *connection() const { return m_connection; }
    ChatController *controller() const { return m_controller; }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    LoginDialog *loginDialog() const { return m_loginDialog.get(); }
    TrayNotifier *tray() const { return m_tray; }
    DeskPreferences *preferences() const { return m_preferences; }
    ChatAlerts *alerts() const { return m_alerts; }
    WorkingHoursScheduler *workingHoursScheduler() const { return m_scheduler; }
    WorkingHoursController *workingHours() const { return m_workingHours; }
    WorkingHoursDialog *workingHoursDialog() const { return m_workingHoursDialog.get(); }

    static QString loginErrorText(AuthClient::LoginError error, const QString &detail);

signals:
    void quitRequested();

private:
    void showLogin(const QString &notice = {});
    void beginSession(const QUrl &serverUrl, const QString &email, const QString &token);
    void endSession();
    void handleLoginRequested(const QUrl &serverUrl, const QString &email, const QString &password);
    void handleLoggedIn(const QString &token);
    void handleAuthenticationFailed();
    void logout();
    void showMainWindow();
    void showWorkingHours();
    void showPreferences();

    AccountSettings m_settings;
    DeskPreferences *m_preferences;
    TokenStore *m_tokens;
    AuthClient *m_auth;
    ServerConnection *m_connection;
    ChatController *m_controller;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<LoginDialog> m_loginDialog;
    TrayNotifier *m_tray;
    ChatAlerts *m_alerts;
    AttentionTracker *m_attention;
    WorkingHoursScheduler *m_scheduler;
    WorkingHoursController *m_workingHours;
    SlowAlertsController *m_slowAlerts;
    std::unique_ptr<WorkingHoursDialog> m_workingHoursDialog;
    std::unique_ptr<PreferencesDialog> m_preferencesDialog;

    QUrl m_defaultServerUrl = AccountSettings::defaultServerUrl();
    QUrl m_serverUrl;
    QString m_email;
    QString m_token;
    QUrl m_loginUrl; // what the login dialog is trying
    QString m_loginEmail;
};

} // namespace papo::desk
