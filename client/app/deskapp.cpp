#include "deskapp.h"

#include "appearance.h"
#include "attentiontracker.h"
#include "chatalerts.h"
#include "chatcontroller.h"
#include "deskpreferences.h"
#include "net/desklink.h"
#include "net/serverconnection.h"
#include "sessioncache.h"
#include "slowalertscontroller.h"
#include "teamcontroller.h"
#include "tokenstore.h"
#include "traynotifier.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"
#include "views/preferencesdialog.h"
#include "views/profilesetupdialog.h"
#include "views/windowplace.h"
#include "views/workinghoursdialog.h"
#include "workinghourscontroller.h"
#include "workinghoursscheduler.h"

#include <QLocale>
#include <QLoggingCategory>

namespace papo::desk {

namespace {
Q_LOGGING_CATEGORY(lcApp, "papo.desk.app")
} // namespace

DeskApp::DeskApp(QObject *parent)
    : QObject(parent)
    , m_preferences(new DeskPreferences(this))
    , m_tokens(new TokenStore(QStringLiteral("Papo"), this))
    , m_auth(new AuthClient(this))
    , m_invites(new InviteClient(this))
    , m_connection(new ServerConnection(this))
    , m_controller(new ChatController(m_connection, this))
    , m_cache(new SessionCache(m_controller, this))
    , m_mainWindow(std::make_unique<MainWindow>(m_controller))
    , m_loginDialog(std::make_unique<LoginDialog>())
    , m_tray(new TrayNotifier(m_controller, this))
    , m_alerts(new ChatAlerts(m_controller, m_tray, m_preferences, this))
    , m_attention(new AttentionTracker(m_connection, this))
    , m_scheduler(new WorkingHoursScheduler(m_controller, {}, this))
    , m_workingHours(new WorkingHoursController(m_connection, m_scheduler, this))
    , m_slowAlerts(new SlowAlertsController(m_connection, this))
{
    m_mainWindow->setHideOnClose(m_tray->isTrayAvailable());
    m_alerts->setWindow(m_mainWindow.get());
    Appearance::apply(m_preferences->theme());
    connect(m_preferences, &DeskPreferences::themeChanged, this, &Appearance::apply);
    WindowPlace::restore(*m_mainWindow);
    connect(m_mainWindow.get(), &MainWindow::preferencesRequested, this, &DeskApp::showPreferences);

    connect(m_loginDialog.get(), &LoginDialog::loginRequested, this,
            &DeskApp::handleLoginRequested);
    connect(m_loginDialog.get(), &QDialog::rejected, this, &DeskApp::quitRequested);
    connect(m_auth, &AuthClient::loggedIn, this,
            [this](const QString &token, const QJsonObject &) { handleLoggedIn(token); });
    connect(m_auth, &AuthClient::loginFailed, this,
            [this](AuthClient::LoginError error, const QString &detail) {
                m_loginDialog->setBusy(false);
                m_loginDialog->showError(loginErrorText(error, detail));
            });
    connect(m_connection, &ServerConnection::authenticationFailed, this,
            &DeskApp::handleAuthenticationFailed);
    connectJoining();
    connect(m_controller, &ChatController::operatorChanged, this, &DeskApp::offerProfileSetup);

    connect(m_mainWindow.get(), &MainWindow::logoutRequested, this, &DeskApp::logout);
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &DeskApp::quitRequested);
    connect(m_mainWindow.get(), &MainWindow::activeChanged, m_tray, &TrayNotifier::setWindowActive);
    connect(m_mainWindow.get(), &MainWindow::activeChanged, m_attention,
            &AttentionTracker::setWindowActive);
    connect(m_mainWindow.get(), &MainWindow::workingHoursRequested, this,
            &DeskApp::showWorkingHours);
    // HRS-1: the tray says when the working day changed the status.
    connect(m_scheduler, &WorkingHoursScheduler::workingDayStarted, m_tray, [this] {
        m_tray->showNotice(tr("Your working day has started"), tr("You are online."));
    });
    connect(m_scheduler, &WorkingHoursScheduler::workingDayEnded, m_tray, [this] {
        m_tray->showNotice(tr("Your working day has ended"),
                           tr("New chats no longer notify you until your next working day."));
    });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &DeskApp::showMainWindow);
    connect(m_tray, &TrayNotifier::quitRequested, this, &DeskApp::quitRequested);
    // A click on a notification opens its chat; STA-5's long waits join it first.
    connect(m_tray, &TrayNotifier::notificationClicked, m_controller,
            [this](qint64 conversationId, NotifyEvent::Reason reason) {
                if (reason == NotifyEvent::Reason::Waiting)
                    m_controller->joinConversation(conversationId);
                else
                    m_controller->openConversation(conversationId);
            });
}

DeskApp::~DeskApp()
{
    WindowPlace::save(*m_mainWindow);
    m_cache->end(); // the last changes, while the models still exist
}

QString DeskApp::loginErrorText(AuthClient::LoginError error, const QString &detail)
{
    switch (error) {
    case AuthClient::LoginError::WrongCredentials:
        return tr("Wrong email or password");
    case AuthClient::LoginError::TooManyAttempts:
        return tr("Too many attempts, wait a minute");
    case AuthClient::LoginError::NetworkError:
        return tr("Could not reach the server: %1").arg(detail);
    case AuthClient::LoginError::UntrustedCertificate:
        return tr("The server's certificate is not trusted, so Papo did not connect (%1). Ask "
                  "whoever runs the server for a valid certificate, for example from Let's "
                  "Encrypt.")
            .arg(detail);
    case AuthClient::LoginError::ServerError:
        break;
    }
    return tr("The server could not log you in (HTTP %1). Try again later.").arg(detail);
}

QString DeskApp::inviteProblemText(InviteClient::Problem problem, const InviteDetails &known,
                                   const QString &detail)
{
    const QString inviter
        = known.inviter.isEmpty() ? tr("your team's administrator") : known.inviter;
    switch (problem) {
    case InviteClient::Problem::Used:
        return tr("This invite was already used. If you already joined, log in with your email "
                  "and password; if not, ask %1 for a new invite.")
            .arg(inviter);
    case InviteClient::Problem::Expired:
        return tr("This invite expired on %1. Ask %2 for a new one.")
            .arg(QLocale().toString(known.expiresAt.toLocalTime(), QLocale::ShortFormat), inviter);
    case InviteClient::Problem::Invalid:
        return tr("This invite link does not work. Check that you copied all of it, or ask whoever "
                  "invited you for a new one.");
    case InviteClient::Problem::EmailTaken:
        return tr("There is already an account for %1: log in with it.").arg(known.email);
    case InviteClient::Problem::PasswordRules:
        return tr("The password does not follow the rules: %1").arg(detail);
    case InviteClient::Problem::NetworkError:
        return tr("Could not reach the server: %1").arg(detail);
    case InviteClient::Problem::ServerError:
        break;
    }
    return tr("The server could not do it (HTTP %1). Try again later.").arg(detail);
}

void DeskApp::connectJoining()
{
    connect(m_loginDialog.get(), &LoginDialog::inviteLinkEntered, m_invites, &InviteClient::lookUp);
    connect(m_invites, &InviteClient::inviteFound, m_loginDialog.get(), &LoginDialog::showInvite);
    connect(m_loginDialog.get(), &LoginDialog::joinRequested, this,
            [this](const InviteDetails &invite, const QString &name, const QString &password) {
                m_loginUrl = invite.serverUrl;
                m_loginEmail = invite.email;
                m_loginDialog->setJoinBusy(true);
                m_invites->join(invite, name, password, AuthClient::deviceName());
            });
    connect(m_invites, &InviteClient::joined, this,
            [this](const QString &token, const QJsonObject &) { handleLoggedIn(token); });
    connect(
        m_invites, &InviteClient::failed, this,
        [this](InviteClient::Problem problem, const InviteDetails &known, const QString &detail) {
            m_loginDialog->showJoinProblem(inviteProblemText(problem, known, detail));
        });
}

bool DeskApp::openLink(const QString &text)
{
    if (const auto report = ReportFilters::fromUrl(QUrl(text.trimmed()))) {
        m_pendingReport = report;
        if (!m_token.isEmpty())
            showMainWindow();
        return true;
    }
    const auto link = DeskLink::parse(text);
    if (!link)
        return false;
    if (!m_token.isEmpty()) { // signed in already: the link has nothing to fill in
        showMainWindow();
        return true;
    }
    showLogin();
    if (link->kind == DeskLink::Kind::Invite) {
        m_loginDialog->openInviteLink(text);
        return true;
    }
    m_loginDialog->setServerUrl(link->serverUrl);
    if (!link->email.isEmpty())
        m_loginDialog->setEmail(link->email);
    return true;
}

void DeskApp::offerProfileSetup(const OperatorProfile &profile)
{
    if (!profile.profilePending || m_profileOffered)
        return;
    m_profileOffered = true;
    if (!m_profileSetupDialog)
        m_profileSetupDialog
            = std::make_unique<ProfileSetupDialog>(m_controller->team(), m_mainWindow.get());
    // The team list brings the name chosen when joining, and the photo.
    m_profileSetupDialog->reload();
    connect(
        m_controller->team(), &TeamController::teamChanged, m_profileSetupDialog.get(),
        [this] {
            if (m_profileSetupDialog->isVisible() && m_controller->team()->me())
                m_profileSetupDialog->reload();
        },
        Qt::SingleShotConnection);
    m_profileSetupDialog->show();
    m_profileSetupDialog->raise();
    m_profileSetupDialog->activateWindow();
}

void DeskApp::start(const QString &link)
{
    if (const auto report = ReportFilters::fromUrl(QUrl(link.trimmed())))
        m_pendingReport = report; // shown once signed in
    if (const auto parsed = DeskLink::parse(link)) {
        // Another account than the saved one (or joining): the login dialog, filled in.
        const bool savedAccount
            = parsed->kind == DeskLink::Kind::Login && m_settings.hasAccount()
              && m_settings.serverUrl() == parsed->serverUrl
              && (parsed->email.isEmpty()
                  || parsed->email.compare(m_settings.email(), Qt::CaseInsensitive) == 0);
        if (!savedAccount) {
            openLink(link);
            return;
        }
    }
    if (!m_settings.hasAccount()) {
        showLogin();
        return;
    }
    const QUrl serverUrl = m_settings.serverUrl();
    const QString email = m_settings.email();
    // Issue 17: the last state is on screen while the keychain answers (a locked keyring may
    // ask for its password first); the connection opens once the token is here.
    if (m_cache->begin(serverUrl, email) >= 0)
        raiseMainWindow();
    m_tokens->read(TokenStore::keyFor(serverUrl, email), this,
                   [this, serverUrl, email](const QString &token, const QString &error) {
                       if (!error.isEmpty())
                           qCWarning(lcApp) << "cannot read the saved token:" << error;
                       if (token.isEmpty()) {
                           endSession(); // the copy stays for the next login
                           showLogin();
                       } else {
                           beginSession(serverUrl, email, token);
                       }
                   });
}

void DeskApp::showLogin(const QString &notice)
{
    const QUrl saved = m_settings.serverUrl();
    m_loginDialog->setServerUrl(saved.isValid() ? saved : m_defaultServerUrl);
    m_loginDialog->setEmail(m_settings.email());
    m_loginDialog->clearPassword();
    m_loginDialog->setBusy(false);
    m_loginDialog->showNotice(notice);
    m_loginDialog->setJoinBusy(false);
    m_loginDialog->showLoginForm();
    m_loginDialog->show();
    m_loginDialog->raise();
    m_loginDialog->activateWindow();
}

void DeskApp::handleLoginRequested(const QUrl &serverUrl, const QString &email,
                                   const QString &password)
{
    m_loginUrl = serverUrl;
    m_loginEmail = email;
    m_loginDialog->setBusy(true);
    m_auth->login(serverUrl, email, password);
}

void DeskApp::handleLoggedIn(const QString &token)
{
    m_settings.setServerUrl(m_loginUrl);
    m_settings.setEmail(m_loginEmail);
    m_tokens->write(TokenStore::keyFor(m_loginUrl, m_loginEmail), token, this,
                    [](bool ok, const QString &error) {
                        if (!ok)
                            qCWarning(lcApp) << "cannot save the token in the keychain:" << error;
                    });
    m_loginDialog->setBusy(false);
    m_loginDialog->setJoinBusy(false);
    m_loginDialog->clearPassword();
    m_loginDialog->hide();
    beginSession(m_loginUrl, m_loginEmail, token);
}

void DeskApp::beginSession(const QUrl &serverUrl, const QString &email, const QString &token)
{
    m_serverUrl = serverUrl;
    m_email = email;
    m_token = token;
    // The last state first, then the server: resuming sends only what came meanwhile.
    const qint64 resumeFromSeq = m_cache->begin(serverUrl, email);
    m_connection->open(serverUrl, token, resumeFromSeq);
    showMainWindow();
}

void DeskApp::endSession()
{
    m_cache->end();
    m_connection->close();
    m_controller->reset();
    m_scheduler->reset();
    if (m_workingHoursDialog)
        m_workingHoursDialog->reject();
    if (m_profileSetupDialog)
        m_profileSetupDialog->reject();
    m_profileOffered = false;
    m_mainWindow->hide();
    m_token.clear();
}

void DeskApp::handleAuthenticationFailed()
{
    m_tokens->remove(TokenStore::keyFor(m_serverUrl, m_email), this, [](bool, const QString &) {});
    // Signed out elsewhere (or the password was reset): no copy of the chats stays behind.
    m_cache->forget();
    endSession();
    showLogin(tr("Your session has ended. Please log in again."));
}

void DeskApp::logout()
{
    if (!m_token.isEmpty())
        m_auth->logout(m_serverUrl, m_token);
    m_tokens->remove(
        TokenStore::keyFor(m_serverUrl, m_email), this, [](bool ok, const QString &error) {
            if (!ok)
                qCWarning(lcApp) << "cannot delete the token from the keychain:" << error;
        });
    m_cache->forget();
    endSession();
    showLogin();
}

void DeskApp::showMainWindow()
{
    if (m_token.isEmpty()) { // not logged in: the tray icon brings up the login dialog
        m_loginDialog->show();
        m_loginDialog->raise();
        m_loginDialog->activateWindow();
        return;
    }
    raiseMainWindow();
    if (m_pendingReport) {
        m_mainWindow->openReport(*m_pendingReport);
        m_pendingReport.reset();
    }
}

void DeskApp::raiseMainWindow()
{
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
}

void DeskApp::showPreferences()
{
    if (!m_preferencesDialog)
        m_preferencesDialog = std::make_unique<PreferencesDialog>(m_preferences, m_alerts->sounds(),
                                                                  m_mainWindow.get());
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
}

void DeskApp::showWorkingHours()
{
    if (!m_workingHoursDialog)
        m_workingHoursDialog = std::make_unique<WorkingHoursDialog>(m_workingHours, m_slowAlerts,
                                                                    m_mainWindow.get());
    else if (!m_workingHoursDialog->isVisible())
        m_workingHoursDialog->reload();
    m_workingHoursDialog->show();
    m_workingHoursDialog->raise();
    m_workingHoursDialog->activateWindow();
}

} // namespace papo::desk
