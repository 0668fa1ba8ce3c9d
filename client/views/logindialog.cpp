#include "logindialog.h"
#include "tones.h"

#include "joinform.h"
#include "net/desklink.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace papo::desk {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_serverUrl(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_joinForm(new JoinForm(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Papo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/papo.svg")));
    setMinimumWidth(420);

    m_pages->addWidget(createLoginPage());
    m_pages->addWidget(m_joinForm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_pages);

    connect(m_joinForm, &JoinForm::linkEntered, this, &LoginDialog::inviteLinkEntered);
    connect(m_joinForm, &JoinForm::joinRequested, this, &LoginDialog::joinRequested);
    connect(m_joinForm, &JoinForm::backRequested, this, &LoginDialog::showLoginForm);
    // An invite link pasted where the server goes: the teammate is joining.
    connect(m_serverUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        const auto link = DeskLink::parse(text);
        if (link && link->kind == DeskLink::Kind::Invite) {
            m_serverUrl->setText(link->serverUrl.toString());
            openInviteLink(text);
        }
    });
    for (QLineEdit *edit : {m_serverUrl, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
}

QWidget *LoginDialog::createLoginPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("loginPage"));
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/papo.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("Log in to Papo"), page);
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Log in with your email and password, or join your team with "
                                   "the invite link you received."),
                                page);
    subtitle->setTextFormat(Qt::PlainText);
    subtitle->setWordWrap(true);
    Tones::setTone(subtitle, Tones::Tone::Muted);

    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://chat.example.com"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    m_message->setObjectName(QStringLiteral("loginMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *join = new QPushButton(tr("Joining a team? Use your invite link"), page);
    join->setObjectName(QStringLiteral("joinWithInviteButton"));
    join->setFlat(true);
    connect(join, &QPushButton::clicked, this, [this] { openInviteLink(QString()); });

    auto *buttons = new QDialogButtonBox(page);
    m_loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_serverUrl);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo, 0, Qt::AlignTop);
    auto *headingText = new QVBoxLayout;
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    heading->addLayout(headingText, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(join, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    return page;
}

void LoginDialog::openInviteLink(const QString &link)
{
    m_pages->setCurrentWidget(m_joinForm);
    setWindowTitle(tr("Join your team"));
    m_joinForm->clear(); // a link given again is looked up again
    if (!link.isEmpty())
        m_joinForm->setLink(link);
}

void LoginDialog::showLoginForm()
{
    m_pages->setCurrentIndex(0);
    setWindowTitle(tr("Log in to Papo"));
}

bool LoginDialog::isJoining() const
{
    return m_pages->currentWidget() == m_joinForm;
}

void LoginDialog::showInvite(const InviteDetails &invite)
{
    m_joinForm->showInvite(invite);
}

void LoginDialog::showJoinProblem(const QString &message)
{
    m_joinForm->setBusy(false);
    m_joinForm->showProblem(message);
}

void LoginDialog::setJoinBusy(bool busy)
{
    m_joinForm->setBusy(busy);
}

QUrl LoginDialog::parseServerUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("http://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    QUrl result = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (result.path() == QLatin1String("/"))
        result.setPath(QString());
    return result;
}

void LoginDialog::setServerUrl(const QUrl &url)
{
    m_serverUrl->setText(url.toString());
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

QUrl LoginDialog::serverUrl() const
{
    return parseServerUrl(m_serverUrl->text());
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_serverUrl, m_email, m_password})
        edit->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Logging in…") : tr("Log in"));
    updateButton();
}

void LoginDialog::showError(const QString &message)
{
    Tones::setTone(m_message, Tones::Tone::Error);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LoginDialog::showNotice(const QString &message)
{
    Tones::setTone(m_message, Tones::Tone::Normal);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LoginDialog::clearPassword()
{
    m_password->clear();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = serverUrl();
    if (!url.isValid()) {
        showError(tr("Enter the server's address, for example https://chat.example.com"));
        m_serverUrl->setFocus();
        return;
    }
    showError(QString());
    emit loginRequested(url, email(), m_password->text());
}

void LoginDialog::updateButton()
{
    m_loginButton->setEnabled(!m_busy && !m_serverUrl->text().trimmed().isEmpty()
                              && !m_email->text().trimmed().isEmpty()
                              && !m_password->text().isEmpty());
}

} // namespace papo::desk
