#pragma once

#include "net/inviteclient.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace papo::desk {

class JoinForm;

// Asks for the server, the email and the password — or, for someone joining, takes their
// invite link (pasted there, or in the server field) and shows JoinForm. It only collects:
// the login and the join are done by whoever listens to loginRequested, inviteLinkEntered and
// joinRequested, who answer with showError(), showInvite(), showJoinProblem() or hide().
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServerUrl(const QUrl &url);
    void setEmail(const QString &email);
    QUrl serverUrl() const;
    QString email() const;
    void setBusy(bool busy);
    void showError(const QString &message);
    void showNotice(const QString &message);
    void clearPassword();

    // Joining with an invite link.
    void openInviteLink(const QString &link);
    void showInvite(const papo::desk::InviteDetails &invite);
    void showJoinProblem(const QString &message);
    void setJoinBusy(bool busy);
    void showLoginForm();
    bool isJoining() const;
    JoinForm *joinForm() const { return m_joinForm; }

    // http(s) URL with a host; a bare "host:port" gets http://.
    static QUrl parseServerUrl(const QString &text);

signals:
    void loginRequested(const QUrl &serverUrl, const QString &email, const QString &password);
    void inviteLinkEntered(const QUrl &serverUrl, const QString &token);
    void joinRequested(const papo::desk::InviteDetails &invite, const QString &name,
                       const QString &password);

private:
    void submit();
    void updateButton();
    QWidget *createLoginPage();

    QLineEdit *m_serverUrl;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_loginButton;
    QStackedWidget *m_pages;
    JoinForm *m_joinForm;
    bool m_busy = false;
};

} // namespace papo::desk
