#pragma once

#include "accountsettings.h"
#include "models/reportfilters.h"
#include "net/authclient.h"
#include "net/inviteclient.h"
#include "net/operatorprofile.h"

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
class ProfileSetupDialog;
class PreferencesDialog;
class ServerConnection;
class SessionCache;
class TokenStore;
class SlowAlertsController;
class TrayNotifier;
class WorkingHoursController;
class WorkingHoursDialog;
class WorkingHoursScheduler;

// papo-desk's composition root and session flow: logs in silently with the token saved in
// the keychain, or shows the login dialog (where a teammate may also join with an invite
// link); opens the connection and the main window; asks a new account to complete its
// profile; goes back to the login dialog when the token is refused or the operator logs out.
class DeskApp final : public QObject
{
    Q_OBJECT

public:
    explicit DeskApp(QObject *parent = nullptr);
    ~DeskApp() override;

    // The server the login dialog suggests while no account is saved (papo-desk --server).
    void setDefaultServerUrl(const QUrl &url) { m_defaultServerUrl = url; }
    // `link`: papo-desk's command-line argument, a papo:// or invite link (DeskLink); a link to
    // another account than the saved one shows the login dialog filled in from it.
    void start(const QString &link = {});
    // A papo:// or invite link while papo-desk runs; false when it is not one. A
    // papo://reports link opens the Reports tab once signed in (REP-2).
    bool openLink(const QString &link);
    // Another start of papo-desk without a link: the window (or the login) to the front.
    void bringToFront() { showMainWindow(); }

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
    ProfileSetupDialog *profileSetupDialog() const { return m_profileSetupDialog.get(); }
    // The account's local copy (issue 17): the main window shows it before the server answers.
    SessionCache *cache() const { return m_cache; }

    static QString loginErrorText(AuthClient::LoginError error, const QString &detail);
    static QString inviteProblemText(InviteClient::Problem problem, const InviteDetails &known,
                                     const QString &detail);

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
    void raiseMainWindow();
    void showWorkingHours();
    void connectJoining();
    void offerProfileSetup(const OperatorProfile &profile);
    void showPreferences();

    AccountSettings m_settings;
    DeskPreferences *m_preferences;
    TokenStore *m_tokens;
    AuthClient *m_auth;
    InviteClient *m_invites;
    ServerConnection *m_connection;
    ChatController *m_controller;
    SessionCache *m_cache;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<LoginDialog> m_loginDialog;
    TrayNotifier *m_tray;
    ChatAlerts *m_alerts;
    AttentionTracker *m_attention;
    WorkingHoursScheduler *m_scheduler;
    WorkingHoursController *m_workingHours;
    SlowAlertsController *m_slowAlerts;
    std::unique_ptr<WorkingHoursDialog> m_workingHoursDialog;
    std::unique_ptr<ProfileSetupDialog> m_profileSetupDialog;
    bool m_profileOffered = false; // once per session
    std::unique_ptr<PreferencesDialog> m_preferencesDialog;

    QUrl m_defaultServerUrl = AccountSettings::defaultServerUrl();
    QUrl m_serverUrl;
    QString m_email;
    QString m_token;
    QUrl m_loginUrl; // what the login dialog is trying
    QString m_loginEmail;
    std::optional<ReportFilters> m_pendingReport; // a report link that came before signing in
};

} // namespace papo::desk
