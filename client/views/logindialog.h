#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace papo::desk {

// Asks for the server, the email and the password. It only collects them: the login itself
// is done by whoever listens to loginRequested, who answers with showError() or accept().
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

    // http(s) URL with a host; a bare "host:port" gets http://.
    static QUrl parseServerUrl(const QString &text);

signals:
    void loginRequested(const QUrl &serverUrl, const QString &email, const QString &password);

private:
    void submit();
    void updateButton();

    QLineEdit *m_serverUrl;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_loginButton;
    bool m_busy = false;
};

} // namespace papo::desk
