#include "helpscoutpage.h"

#include "app/helpscoutcontroller.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace papo::desk {

HelpScoutPage::HelpScoutPage(HelpScoutController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_appId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_mailbox(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_exportOnClose(new QCheckBox(tr("Export every chat to Help Scout when it is closed"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("helpScoutPage"));
    m_appId->setObjectName(QStringLiteral("helpScoutAppIdEdit"));
    m_secret->setObjectName(QStringLiteral("helpScoutSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_mailbox->setObjectName(QStringLiteral("helpScoutMailboxEdit"));
    m_mailbox->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), this));
    m_mailbox->setPlaceholderText(tr("e.g. 85"));
    m_baseUrl->setObjectName(QStringLiteral("helpScoutBaseUrlEdit"));
    m_exportOnClose->setObjectName(QStringLiteral("helpScoutExportOnCloseCheck"));
    m_save->setObjectName(QStringLiteral("saveHelpScoutButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectHelpScoutButton"));
    m_status->setObjectName(QStringLiteral("helpScoutStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // the server's words, shown as they are
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(tr("Chats become Help Scout conversations, filed under the "
                               "visitor's email. In Help Scout, create an app under Your "
                               "Profile → My Apps and paste its App ID and App Secret here; "
                               "the mailbox ID is the number in the address of the mailbox's "
                               "settings page. Operators then find \"Export to Help Scout\" "
                               "above each chat."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("App ID:"), m_appId);
    form->addRow(tr("App Secret:"), m_secret);
    form->addRow(tr("Mailbox ID:"), m_mailbox);
    form->addRow(tr("API address:"), m_baseUrl);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_exportOnClose);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &HelpScoutPage::save);
    connect(m_disconnect, &QPushButton::clicked, this, &HelpScoutPage::disconnectHelpScout);
    connect(m_controller, &HelpScoutController::changed, this, &HelpScoutPage::load);
    m_controller->fetch();
}

QString HelpScoutPage::statusText() const
{
    return m_status->text();
}

void HelpScoutPage::load()
{
    const QJsonObject &settings = m_controller->settings();
    m_appId->setText(settings.value(QLatin1String("appId")).toString());
    m_secret->clear();
    m_secret->setPlaceholderText(
        settings.value(QLatin1String("secretSet")).toBool() ? tr("(unchanged)") : QString());
    const qint64 mailbox = settings.value(QLatin1String("mailboxId")).toInteger();
    m_mailbox->setText(mailbox > 0 ? QString::number(mailbox) : QString());
    m_baseUrl->setText(settings.value(QLatin1String("baseUrl")).toString());
    m_exportOnClose->setChecked(settings.value(QLatin1String("exportOnClose")).toBool());
    m_disconnect->setEnabled(settings.value(QLatin1String("connected")).toBool());
}

void HelpScoutPage::save()
{
    QJsonObject settings{{QLatin1String("appId"), m_appId->text().trimmed()},
                         {QLatin1String("mailboxId"), m_mailbox->text().toLongLong()},
                         {QLatin1String("baseUrl"), m_baseUrl->text().trimmed()},
                         {QLatin1String("exportOnClose"), m_exportOnClose->isChecked()}};
    if (!m_secret->text().isEmpty())
        settings.insert(QLatin1String("appSecret"), m_secret->text());
    if (m_appId->text().trimmed().isEmpty()) {
        showStatus(tr("Enter the App ID of your Help Scout app."), false);
        return;
    }
    m_save->setEnabled(false);
    m_controller->save(settings, this, [this](const QString &error) {
        m_save->setEnabled(true);
        showStatus(error.isEmpty() ? tr("Connected to Help Scout.") : error, error.isEmpty());
    });
}

void HelpScoutPage::disconnectHelpScout()
{
    m_controller->save({{QLatin1String("appId"), QString()}}, this, [this](const QString &error) {
        showStatus(error.isEmpty() ? tr("Disconnected from Help Scout.") : error, error.isEmpty());
    });
}

void HelpScoutPage::showStatus(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("color: #b3261e;"));
}

} // namespace papo::desk
