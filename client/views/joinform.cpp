#include "joinform.h"
#include "tones.h"

#include "models/teammodel.h"
#include "net/desklink.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace papo::desk {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // names and emails come from other people
    label->setWordWrap(true);
    return label;
}

} // namespace

JoinForm::JoinForm(QWidget *parent)
    : QWidget(parent)
    , m_link(new QLineEdit(this))
    , m_status(plainLabel(QString(), this))
    , m_details(new QWidget(this))
    , m_summary(plainLabel(QString(), m_details))
    , m_account(plainLabel(QString(), m_details))
    , m_name(new QLineEdit(m_details))
    , m_rules(plainLabel(QString(), m_details))
    , m_password(new QLineEdit(m_details))
    , m_joinButton(new QPushButton(tr("Join the team"), m_details))
{
    setObjectName(QStringLiteral("joinForm"));
    auto *title = plainLabel(tr("Join your team"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);

    m_link->setObjectName(QStringLiteral("inviteLinkEdit"));
    m_link->setPlaceholderText(QStringLiteral("https://chat.example.com/invite#…"));
    m_link->setClearButtonEnabled(true);
    connect(m_link, &QLineEdit::textChanged, this, &JoinForm::readLink);
    m_status->setObjectName(QStringLiteral("joinStatusLabel"));
    m_status->hide();

    m_summary->setObjectName(QStringLiteral("inviteSummaryLabel"));
    m_account->setObjectName(QStringLiteral("inviteAccountLabel"));
    Tones::setTone(m_account, Tones::Tone::Muted);
    m_name->setObjectName(QStringLiteral("joinNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. João or João Araújo"));
    m_rules->setObjectName(QStringLiteral("joinRulesLabel"));
    Tones::setTone(m_rules, Tones::Tone::Muted);
    m_password->setObjectName(QStringLiteral("joinPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_joinButton->setObjectName(QStringLiteral("joinButton"));
    m_joinButton->setDefault(true);
    connect(m_joinButton, &QPushButton::clicked, this, &JoinForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &JoinForm::submit);
    for (QLineEdit *edit : {m_name, m_password})
        connect(edit, &QLineEdit::textChanged, this, &JoinForm::updateButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Your name"), m_name);
    form->addRow(QString(), m_rules);
    form->addRow(tr("Password"), m_password);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_account);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_joinButton, 0, Qt::AlignRight);
    m_details->hide();

    auto *back = new QPushButton(tr("Back to log in"), this);
    back->setObjectName(QStringLiteral("backToLoginButton"));
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &JoinForm::backRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(plainLabel(tr("Paste the invite link you received:"), this));
    layout->addWidget(m_link);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(back, 0, Qt::AlignLeft);
    updateButton();
}

QString JoinForm::linkText() const
{
    return m_link->text();
}

void JoinForm::setLink(const QString &link)
{
    m_link->setText(link.trimmed());
}

void JoinForm::clear()
{
    m_link->clear();
    m_name->clear();
    m_password->clear();
    m_details->hide();
    showStatus(QString(), false);
    setBusy(false);
}

void JoinForm::showStatus(const QString &message, bool error)
{
    Tones::setTone(m_status, error ? Tones::Tone::Error : Tones::Tone::Muted);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void JoinForm::readLink()
{
    m_details->hide();
    m_invite = {};
    const QString text = m_link->text().trimmed();
    if (text.isEmpty()) {
        showStatus(QString(), false);
        return;
    }
    const auto link = DeskLink::parse(text);
    if (!link || link->kind != DeskLink::Kind::Invite) {
        showStatus(tr("This is not an invite link. It looks like "
                      "https://chat.example.com/invite#… — copy all of it from the message you "
                      "received."),
                   true);
        return;
    }
    showStatus(tr("Looking up the invite…"), false);
    emit linkEntered(link->serverUrl, link->token);
}

void JoinForm::showInvite(const InviteDetails &invite)
{
    m_invite = invite;
    const QString role = TeamModel::roleText(invite.role);
    const QString inviter
        = invite.inviter.isEmpty() ? tr("Your team's administrator") : invite.inviter;
    m_summary->setText(
        invite.team.isEmpty()
            ? tr("%1 invited you to join the team on Papo as %2.").arg(inviter, role.toLower())
            : tr("%1 invited you to join %2 on Papo as %3.")
                  .arg(inviter, invite.team, role.toLower()));
    m_account->setText(tr("Your account: %1").arg(invite.email));
    m_rules->setText(
        tr("Use at least %n characters for the password.", nullptr, invite.minPasswordCharacters));
    showStatus(QString(), false);
    m_details->show();
    updateButton();
    m_name->setFocus();
}

void JoinForm::showProblem(const QString &message)
{
    showStatus(message, true);
}

void JoinForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_link, m_name, m_password})
        edit->setEnabled(!busy);
    m_joinButton->setText(busy ? tr("Joining…") : tr("Join the team"));
    updateButton();
}

void JoinForm::updateButton()
{
    m_joinButton->setEnabled(!m_busy && !m_invite.token.isEmpty()
                             && !m_name->text().trimmed().isEmpty()
                             && !m_password->text().isEmpty());
}

void JoinForm::submit()
{
    if (m_busy || m_invite.token.isEmpty())
        return;
    if (m_password->text().toUcs4().size() < m_invite.minPasswordCharacters) {
        showStatus(tr("The password needs at least %n characters.", nullptr,
                      m_invite.minPasswordCharacters),
                   true);
        m_password->setFocus();
        return;
    }
    if (m_password->text().toUtf8().size() > m_invite.maxPasswordBytes) {
        showStatus(tr("The password is too long."), true);
        return;
    }
    showStatus(QString(), false);
    emit joinRequested(m_invite, m_name->text().simplified(), m_password->text());
}

} // namespace papo::desk
