#include "deskapp.h"

#include "attentiontracker.h"
#include "chatcontroller.h"
#include "net/serverconnection.h"
#include "slowalertscontroller.h"
#include "tokenstore.h"
#include "traynotifier.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"
#include "views/workinghoursdialog.h"
#include "workinghourscontroller.h"
#include "workinghoursscheduler.h"

#include <QLoggingCategory>

namespace papo::desk {

namespace {
Q_LOGGING_CATEGORY(lcApp, "papo.desk.app")
} // namespace

DeskApp::DeskApp(QObject *parent)
    : QObject(parent)
    , m_tokens(new TokenStore(QStringLiteral("Papo"), this))
    , m_auth(new AuthClient(this))
    , m_connection(new ServerConnection(this))
    , m_controller(new ChatController(m_connection, this))
    , m_mainWindow(std::make_unique<MainWindow>(m_controller))
    , m_loginDialog(std::make_unique<LoginDialog>())
    , m_tray(new TrayNotifier(m_controller, this))
    , m_attention(new AttentionTracker(m_connection, this))
    , m_scheduler(new WorkingHoursScheduler(m_controller, {}, this))
    , m_workingHours(new WorkingHoursController(m_connection, m_scheduler, this))
    , m_slowAlerts(new SlowAlertsController(m_connection, this))
{
    m_mainWindow->setHideOnClose(m_tray->isTrayAvailable());

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

DeskApp::~DeskApp() = default;

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

void DeskApp::start()
{
    if (!m_settings.hasAccount()) {
        showLogin();
        return;
    }
    const QUrl serverUrl = m_settings.serverUrl();
    const QString email = m_settings.email();
    m_tokens->read(TokenStore::keyFor(serverUrl, email), this,
                   [this, serverUrl, email](const QString &token, const QString &error) {
                       if (!error.isEmpty())
                           qCWarning(lcApp) << "cannot read the saved token:" << error;
                       if (token.isEmpty())
                           showLogin();
                       else
                           beginSession(serverUrl, email, token);
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
    m_loginDialog->clearPassword();
    m_loginDialog->hide();
    beginSession(m_loginUrl, m_loginEmail, token);
}

void DeskApp::beginSession(const QUrl &serverUrl, const QString &email, const QString &token)
{
    m_serverUrl = serverUrl;
    m_email = email;
    m_token = token;
    m_connection->open(serverUrl, token);
    showMainWindow();
}

void DeskApp::endSession()
{
    m_connection->close();
    m_controller->reset();
    m_scheduler->reset();
    if (m_workingHoursDialog)
        m_workingHoursDialog->reject();
    m_mainWindow->hide();
    m_token.clear();
}

void DeskApp::handleAuthenticationFailed()
{
    m_tokens->remove(TokenStore::keyFor(m_serverUrl, m_email), this, [](bool, const QString &) {});
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
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
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
