#include "emailsettingspage.h"

#include "app/emailsettingscontroller.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace papo::desk {

EmailSettingsPage::EmailSettingsPage(EmailSettingsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_teamEmails(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_groupEmails(new QLineEdit(this))
    , m_delayMinutes(new QSpinBox(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_testAddress(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("Send test email"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("emailSettingsPage"));
    m_host->setObjectName(QStringLiteral("smtpHostEdit"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setObjectName(QStringLiteral("smtpPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->setObjectName(QStringLiteral("smtpSecurityCombo"));
    m_security->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS"), QStringLiteral("tls"));
    m_security->addItem(tr("None"), QStringLiteral("none"));
    m_user->setObjectName(QStringLiteral("smtpUserEdit"));
    m_password->setObjectName(QStringLiteral("smtpPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_from->setObjectName(QStringLiteral("smtpFromEdit"));
    m_from->setPlaceholderText(tr("Shop <chat@shop.example>"));
    m_teamEmails->setObjectName(QStringLiteral("teamEmailsEdit"));
    m_teamEmails->setPlaceholderText(tr("team@shop.example, owner@shop.example"));
    m_group->setObjectName(QStringLiteral("emailGroupCombo"));
    m_groupEmails->setObjectName(QStringLiteral("groupTeamEmailsEdit"));
    m_groupEmails->setPlaceholderText(tr("Empty: the team addresses above"));
    m_delayMinutes->setObjectName(QStringLiteral("visitorEmailDelaySpin"));
    m_delayMinutes->setRange(1, 7 * 24 * 60);
    m_delayMinutes->setSuffix(tr(" min"));
    m_saveButton->setObjectName(QStringLiteral("saveEmailButton"));
    m_testAddress->setObjectName(QStringLiteral("testAddressEdit"));
    m_testAddress->setPlaceholderText(tr("you@shop.example"));
    m_testButton->setObjectName(QStringLiteral("sendTestEmailButton"));
    m_status->setObjectName(QStringLiteral("emailStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // the mail server's words, shown as they are
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *server = m_form = new QFormLayout;
    server->addRow(tr("Server:"), m_host);
    server->addRow(tr("Port:"), m_port);
    server->addRow(tr("Security:"), m_security);
    server->addRow(tr("User:"), m_user);
    server->addRow(tr("Password:"), m_password);
    server->addRow(tr("From:"), m_from);
    server->addRow(tr("Team addresses:"), m_teamEmails);
    server->addRow(tr("Group:"), m_group);
    server->addRow(tr("The group's own addresses:"), m_groupEmails);
    server->addRow(tr("Email unread replies to visitors after:"), m_delayMinutes);
    auto *hint = new QLabel(tr("Transcripts of closed chats and messages written while nobody is "
                               "online go to the team addresses; a group's own addresses replace "
                               "them for that group's chats. Visitors who gave their email "
                               "get the replies they have not read. Answers you send from your "
                               "mail client go to the visitor's inbox and do not appear in the "
                               "chat widget."),
                            this);
    hint->setWordWrap(true);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testAddress, 1);
    test->addWidget(m_testButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(server);
    layout->addWidget(hint);
    layout->addWidget(m_saveButton, 0, Qt::AlignRight);
    layout->addLayout(test);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_controller, &EmailSettingsController::settingsChanged, this,
            &EmailSettingsPage::load);
    connect(m_saveButton, &QPushButton::clicked, this, &EmailSettingsPage::save);
    connect(m_group, &QComboBox::currentIndexChanged, this, &EmailSettingsPage::showGroupAddresses);
    connect(m_groupEmails, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_groupAddresses.insert(m_group->currentData().toLongLong(), text);
    });
    connect(m_testButton, &QPushButton::clicked, this, &EmailSettingsPage::sendTest);
    m_controller->fetch();
}

QString EmailSettingsPage::statusText() const
{
    return m_status->text();
}

void EmailSettingsPage::load()
{
    const QJsonObject &settings = m_controller->settings();
    m_host->setText(settings.value(QLatin1String("host")).toString());
    m_port->setValue(settings.value(QLatin1String("port")).toInt(587));
    m_security->setCurrentIndex(
        std::max(0, m_security->findData(settings.value(QLatin1String("security")).toString())));
    m_user->setText(settings.value(QLatin1String("user")).toString());
    m_password->clear();
    m_password->setPlaceholderText(
        settings.value(QLatin1String("passwordSet")).toBool() ? tr("(unchanged)") : QString());
    m_from->setText(settings.value(QLatin1String("from")).toString());
    const QJsonObject website
        = settings.value(QLatin1String("websites")).toArray().first().toObject();
    m_websiteId = website.value(QLatin1String("id")).toInteger();
    m_teamEmails->setText(website.value(QLatin1String("teamEmails")).toString());
    m_delaySeconds = website.value(QLatin1String("visitorEmailDelaySeconds")).toInt(300);
    m_delayMinutes->setValue(std::max(1, m_delaySeconds / 60));
    loadGroups(settings.value(QLatin1String("groups")).toArray());
}

void EmailSettingsPage::loadGroups(const QJsonArray &groups)
{
    m_groupAddresses.clear();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    for (const QJsonValue &value : groups) {
        const QJsonObject group = value.toObject();
        const qint64 id = group.value(QLatin1String("id")).toInteger();
        m_group->addItem(group.value(QLatin1String("name")).toString(), id);
        m_groupAddresses.insert(id, group.value(QLatin1String("teamEmails")).toString());
    }
    // Without groups there is nothing to choose.
    m_form->setRowVisible(m_group, !groups.isEmpty());
    m_form->setRowVisible(m_groupEmails, !groups.isEmpty());
    showGroupAddresses();
}

void EmailSettingsPage::showGroupAddresses()
{
    m_groupEmails->setText(m_groupAddresses.value(m_group->currentData().toLongLong()));
}

void EmailSettingsPage::save()
{
    QJsonObject form{{QLatin1String("host"), m_host->text().trimmed()},
                     {QLatin1String("port"), m_port->value()},
                     {QLatin1String("security"), m_security->currentData().toString()},
                     {QLatin1String("user"), m_user->text()},
                     {QLatin1String("from"), m_from->text().trimmed()}};
    if (!m_password->text().isEmpty())
        form.insert(QLatin1String("password"), m_password->text());
    if (m_websiteId > 0) {
        // Seconds as stored unless the minutes were changed (tests use a few seconds).
        const int seconds = m_delayMinutes->value() == std::max(1, m_delaySeconds / 60)
                                ? m_delaySeconds
                                : m_delayMinutes->value() * 60;
        form.insert(QLatin1String("websites"),
                    QJsonArray{QJsonObject{{QLatin1String("id"), m_websiteId},
                                           {QLatin1String("teamEmails"), m_teamEmails->text()},
                                           {QLatin1String("visitorEmailDelaySeconds"), seconds}}});
    }
    QJsonArray groups;
    for (auto it = m_groupAddresses.cbegin(); it != m_groupAddresses.cend(); ++it)
        groups.append(QJsonObject{{QLatin1String("id"), it.key()},
                                  {QLatin1String("teamEmails"), it.value()}});
    if (!groups.isEmpty())
        form.insert(QLatin1String("groups"), groups);
    m_saveButton->setEnabled(false);
    m_controller->save(form, this, [this](const QString &error) {
        m_saveButton->setEnabled(true);
        showStatus(error.isEmpty() ? tr("Saved.") : error, error.isEmpty());
    });
}

void EmailSettingsPage::sendTest()
{
    const QString to = m_testAddress->text().trimmed();
    if (to.isEmpty()) {
        showStatus(tr("Enter the address the test email goes to."), false);
        return;
    }
    m_testButton->setEnabled(false);
    showStatus(tr("Sending…"), true);
    m_controller->sendTest(to, this, [this](bool ok, const QString &reply) {
        m_testButton->setEnabled(true);
        showStatus(ok ? tr("Sent. The mail server answered: %1").arg(reply)
                      : tr("Not sent. The mail server answered: %1").arg(reply),
                   ok);
    });
}

void EmailSettingsPage::showStatus(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("color: #b3261e;"));
}

} // namespace papo::desk
