#include "integrationspage.h"

#include "app/integrationscontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace papo::desk {

namespace {

// The events in the order the server lists them, with their names in the desk's language.
QList<QPair<QString, QString>> eventLabels()
{
    return {{QStringLiteral("conversation_started"), IntegrationsPage::tr("Chat started")},
            {QStringLiteral("message"), IntegrationsPage::tr("Message")},
            {QStringLiteral("conversation_closed"), IntegrationsPage::tr("Chat closed")},
            {QStringLiteral("rating"), IntegrationsPage::tr("Rating")},
            {QStringLiteral("visitor_data"), IntegrationsPage::tr("Visitor data changed")},
            {QStringLiteral("form_filled"), IntegrationsPage::tr("Form filled")}};
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

IntegrationsPage::IntegrationsPage(IntegrationsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_webhooks(new QTreeWidget(this))
    , m_url(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add webhook"), this))
    , m_delete(new QPushButton(tr("Delete webhook"), this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_slackWebsite(new QComboBox(this))
    , m_slackUrl(new QLineEdit(this))
    , m_saveSlack(new QPushButton(tr("Save Slack URL"), this))
    , m_addresses(new QLineEdit(this))
    , m_saveAddresses(new QPushButton(tr("Save addresses"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("integrationsPage"));
    m_status->setObjectName(QStringLiteral("integrationsStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // the server's words, shown as they are
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(webhooksBox(), 1);
    layout->addWidget(slackBox());
    layout->addWidget(addressesBox());
    layout->addWidget(m_status);

    connect(m_controller, &IntegrationsController::changed, this, &IntegrationsPage::load);
    m_controller->fetch();
}

QWidget *IntegrationsPage::webhooksBox()
{
    auto *box = new QGroupBox(tr("Webhooks"), this);
    m_webhooks->setObjectName(QStringLiteral("webhooksList"));
    m_webhooks->setRootIsDecorated(false);
    m_webhooks->setHeaderLabels({tr("URL"), tr("Events")});
    m_webhooks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_url->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_url->setPlaceholderText(tr("https://example.com/papo-events"));
    m_add->setObjectName(QStringLiteral("addWebhookButton"));
    m_delete->setObjectName(QStringLiteral("deleteWebhookButton"));
    m_delete->setEnabled(false);
    m_secretLabel->setText(tr("This webhook's secret, shown only now: copy it into your "
                              "receiver to check each request's X-Papo-Signature."));
    m_secretLabel->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_secret->setReadOnly(true);
    m_secretLabel->hide();
    m_secret->hide();

    auto *events = new QGridLayout;
    int at = 0;
    for (const auto &[name, label] : eventLabels()) {
        auto *check = new QCheckBox(label, box);
        check->setObjectName(QStringLiteral("event_") + name);
        m_eventBoxes.insert(name, check);
        events->addWidget(check, at / 3, at % 3);
        ++at;
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(hint(tr("Each event you choose is sent to the URL as JSON, signed with the "
                              "webhook's secret."),
                           box));
    layout->addWidget(m_webhooks, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("URL:"), m_url);
    layout->addLayout(form);
    layout->addLayout(events);
    layout->addLayout(buttons);
    layout->addWidget(m_secretLabel);
    layout->addWidget(m_secret);

    connect(m_add, &QPushButton::clicked, this, &IntegrationsPage::addWebhook);
    connect(m_delete, &QPushButton::clicked, this, &IntegrationsPage::deleteWebhook);
    connect(m_webhooks, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_delete->setEnabled(item != nullptr); });
    return box;
}

QWidget *IntegrationsPage::slackBox()
{
    auto *box = new QGroupBox(tr("Slack"), this);
    m_slackWebsite->setObjectName(QStringLiteral("slackWebsiteCombo"));
    m_slackUrl->setObjectName(QStringLiteral("slackUrlEdit"));
    m_slackUrl->setPlaceholderText(tr("https://hooks.slack.com/services/…"));
    m_saveSlack->setObjectName(QStringLiteral("saveSlackButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Website:"), m_slackWebsite);
    form->addRow(tr("Incoming webhook URL:"), m_slackUrl);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(hint(tr("New chats and messages written while nobody is online are posted "
                              "to the channel of this Slack incoming webhook. Leave it empty "
                              "for none."),
                           box));
    layout->addLayout(form);
    layout->addWidget(m_saveSlack, 0, Qt::AlignRight);
    connect(m_slackWebsite, &QComboBox::currentIndexChanged, this, &IntegrationsPage::loadSlackUrl);
    connect(m_saveSlack, &QPushButton::clicked, this, &IntegrationsPage::saveSlack);
    return box;
}

QWidget *IntegrationsPage::addressesBox()
{
    auto *box = new QGroupBox(tr("Internal addresses"), this);
    m_addresses->setObjectName(QStringLiteral("allowedAddressesEdit"));
    m_addresses->setPlaceholderText(tr("10.0.0.5, fd00::5"));
    m_saveAddresses->setObjectName(QStringLiteral("saveAddressesButton"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(hint(tr("Webhooks and Slack never reach loopback, private or link-local "
                              "addresses. When a receiver lives on your network, allow its "
                              "exact address here."),
                           box));
    auto *row = new QHBoxLayout;
    row->addWidget(m_addresses, 1);
    row->addWidget(m_saveAddresses);
    layout->addLayout(row);
    connect(m_saveAddresses, &QPushButton::clicked, this, &IntegrationsPage::saveAddresses);
    return box;
}

QString IntegrationsPage::statusText() const
{
    return m_status->text();
}

void IntegrationsPage::load()
{
    QHash<QString, QString> labels;
    for (const auto &[name, label] : eventLabels())
        labels.insert(name, label);
    m_webhooks->clear();
    for (const QJsonValue &value : m_controller->webhooks()) {
        const QJsonObject webhook = value.toObject();
        QStringList events;
        const QJsonArray names = webhook.value(QLatin1String("events")).toArray();
        for (const QJsonValue &name : names)
            events.append(labels.value(name.toString(), name.toString()));
        auto *item = new QTreeWidgetItem(m_webhooks);
        item->setText(0, webhook.value(QLatin1String("url")).toString());
        item->setText(1, events.join(QStringLiteral(", ")));
        item->setData(0, Qt::UserRole, webhook.value(QLatin1String("id")).toInteger());
    }
    m_delete->setEnabled(false);
    if (!m_addresses->hasFocus())
        m_addresses->setText(m_controller->allowedAddresses().join(QStringLiteral(", ")));
    const qint64 website = m_slackWebsite->currentData().toLongLong();
    const QSignalBlocker blocker(m_slackWebsite);
    m_slackWebsite->clear();
    for (const QJsonValue &value : m_controller->slackWebsites()) {
        const QJsonObject site = value.toObject();
        m_slackWebsite->addItem(site.value(QLatin1String("name")).toString(),
                                site.value(QLatin1String("id")).toInteger());
    }
    m_slackWebsite->setCurrentIndex(std::max(0, m_slackWebsite->findData(website)));
    loadSlackUrl();
}

void IntegrationsPage::loadSlackUrl()
{
    const qint64 website = m_slackWebsite->currentData().toLongLong();
    for (const QJsonValue &value : m_controller->slackWebsites())
        if (value.toObject().value(QLatin1String("id")).toInteger() == website)
            m_slackUrl->setText(value.toObject().value(QLatin1String("slackUrl")).toString());
}

void IntegrationsPage::addWebhook()
{
    QStringList events;
    for (const auto &[name, label] : eventLabels())
        if (m_eventBoxes.value(name)->isChecked())
            events.append(name);
    if (events.isEmpty()) {
        showStatus(tr("Choose at least one event."), false);
        return;
    }
    m_add->setEnabled(false);
    m_controller->addWebhook(m_url->text().trimmed(), events, this,
                             [this](const QString &error, const QString &secret) {
                                 m_add->setEnabled(true);
                                 if (!error.isEmpty()) {
                                     showStatus(error, false);
                                     return;
                                 }
                                 m_url->clear();
                                 m_secret->setText(secret);
                                 m_secretLabel->show();
                                 m_secret->show();
                                 showStatus(tr("Webhook added."), true);
                             });
}

void IntegrationsPage::deleteWebhook()
{
    QTreeWidgetItem *item = m_webhooks->currentItem();
    if (!item)
        return;
    m_controller->deleteWebhook(
        item->data(0, Qt::UserRole).toLongLong(), this, [this](const QString &error) {
            showStatus(error.isEmpty() ? tr("Webhook deleted.") : error, error.isEmpty());
        });
}

void IntegrationsPage::saveSlack()
{
    m_controller->saveSlackUrl(m_slackWebsite->currentData().toLongLong(),
                               m_slackUrl->text().trimmed(), this, [this](const QString &error) {
                                   showStatus(error.isEmpty() ? tr("Saved.") : error,
                                              error.isEmpty());
                               });
}

void IntegrationsPage::saveAddresses()
{
    const QStringList addresses = m_addresses->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    m_controller->saveAllowedAddresses(addresses, this, [this](const QString &error) {
        showStatus(error.isEmpty() ? tr("Saved.") : error, error.isEmpty());
    });
}

void IntegrationsPage::showStatus(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("color: #b3261e;"));
}

} // namespace papo::desk
