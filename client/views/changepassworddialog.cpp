#include "changepassworddialog.h"
#include "tones.h"

#include "app/accountcontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace papo::desk {

ChangePasswordDialog::ChangePasswordDialog(AccountController *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_current(new QLineEdit(this))
    , m_replacement(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_logOutOthers(new QCheckBox(tr("Log out my other devices"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setMinimumWidth(420);

    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_replacement->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit *edit : {m_current, m_replacement, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    }
    // The rules come first, so nobody learns them from a refusal.
    auto *rules = new QLabel(tr("Use at least %n characters. A few words you use nowhere else "
                                "make a strong password.",
                                nullptr, AccountController::MinPasswordCharacters),
                             this);
    rules->setObjectName(QStringLiteral("passwordRulesLabel"));
    rules->setTextFormat(Qt::PlainText);
    rules->setWordWrap(true);
    Tones::setTone(rules, Tones::Tone::Muted);

    m_logOutOthers->setObjectName(QStringLiteral("logOutOthersCheck"));
    m_logOutOthers->setChecked(true);
    m_logOutOthers->setToolTip(
        tr("Every other computer signed in to your account has to log in again"));

    m_message->setObjectName(QStringLiteral("changePasswordMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_changeButton = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changeButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Current password"), m_current);
    form->addRow(tr("New password"), m_replacement);
    form->addRow(tr("Repeat the new password"), m_repeat);
    form->addRow(QString(), m_logOutOthers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(12);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_account, &AccountController::passwordChanged, this, [this] {
        m_busy = false;
        clear();
        accept();
    });
    connect(m_account, &AccountController::passwordChangeFailed, this,
            [this](const QString &reason) {
                m_busy = false;
                showError(reason);
                updateButton();
                m_current->setFocus();
                m_current->selectAll();
            });
    updateButton();
}

void ChangePasswordDialog::clear()
{
    for (QLineEdit *edit : {m_current, m_replacement, m_repeat})
        edit->clear();
    m_logOutOthers->setChecked(true);
    showError(QString());
    m_current->setFocus();
}

void ChangePasswordDialog::showError(const QString &message)
{
    Tones::setTone(m_message, Tones::Tone::Error);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    if (const QString problem = AccountController::passwordProblem(m_replacement->text());
        !problem.isEmpty()) {
        showError(problem);
        m_replacement->setFocus();
        return;
    }
    if (m_repeat->text() != m_replacement->text()) {
        showError(tr("The two new passwords are not the same."));
        m_repeat->setFocus();
        return;
    }
    m_busy = true;
    showError(QString());
    updateButton();
    m_account->changePassword(m_current->text(), m_replacement->text(),
                              m_logOutOthers->isChecked());
}

void ChangePasswordDialog::updateButton()
{
    m_changeButton->setEnabled(!m_busy && !m_current->text().isEmpty()
                               && !m_replacement->text().isEmpty() && !m_repeat->text().isEmpty());
}

} // namespace papo::desk
