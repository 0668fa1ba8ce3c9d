#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace papo::desk {

class AccountController;

// Changing one's password: the current one (the server checks it, and throttles wrong ones
// like logins), the new one twice, the rules stated before typing, and "log out my other
// devices" (on by default). Closes itself once the server took the new password.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(AccountController *account, QWidget *parent = nullptr);

    // Empty fields and no message, as when first opened.
    void clear();

private:
    void submit();
    void updateButton();
    void showError(const QString &message);

    AccountController *m_account;
    QLineEdit *m_current;
    QLineEdit *m_replacement;
    QLineEdit *m_repeat;
    QCheckBox *m_logOutOthers;
    QLabel *m_message;
    QPushButton *m_changeButton;
    bool m_busy = false;
};

} // namespace papo::desk
