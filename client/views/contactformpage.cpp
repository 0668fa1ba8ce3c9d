#include "contactformpage.h"

#include "app/websitesettingscontroller.h"
#include "tones.h"
#include "websitepage.h"
#include "widgettextspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace papo::desk {

using common::ContactFormField;
using common::ContactFormSettings;

namespace {

constexpr int PhoneRole = Qt::UserRole + 1; // the question asks for the phone number

QListWidgetItem *questionItem(const ContactFormField &field)
{
    auto *item = new QListWidgetItem(field.label);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                   | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
    item->setCheckState(field.required ? Qt::Checked : Qt::Unchecked);
    item->setData(PhoneRole, field.phone);
    item->setToolTip(ContactFormPage::tr("Ticked: the visitor must answer it. Drag to reorder; "
                                         "double-click to rename."));
    return item;
}

} // namespace

ContactFormPage::ContactFormPage(WebsiteSettingsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_websiteCombo(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("After their first message, the bot asks visitors to introduce "
                                 "themselves"),
                              this))
    , m_tabs(new QTabWidget(this))
    , m_settings(new QWidget(this))
    , m_texts(new WidgetTextsPage(this))
    , m_online(new QComboBox(this))
    , m_slowSeconds(new QSpinBox(this))
    , m_nameRequired(new QCheckBox(tr("The name is required"), this))
    , m_emailRequired(new QCheckBox(tr("The email is required"), this))
    , m_questions(new QListWidget(this))
    , m_newQuestion(new QLineEdit(this))
    , m_newQuestionType(new QComboBox(this))
    , m_addQuestion(new QPushButton(tr("Add question"), this))
    , m_removeQuestion(new QPushButton(tr("Remove"), this))
    , m_consent(new QCheckBox(tr("Ask for consent to marketing email"), this))
    , m_holdLive(new QCheckBox(tr("Receive messages only when the contact form is filled"), this))
    , m_holdMessenger(
          new QCheckBox(tr("Receive offline messages only when the contact form is filled"), this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("contactFormPage"));
    m_websiteCombo->setObjectName(QStringLiteral("contactFormWebsiteCombo"));
    m_enabled->setObjectName(QStringLiteral("contactFormEnabled"));
    m_online->setObjectName(QStringLiteral("contactFormOnlineCombo"));
    m_online->addItem(tr("Off"), int(ContactFormSettings::Online::Off));
    m_online->addItem(tr("Always"), int(ContactFormSettings::Online::Always));
    m_online->addItem(tr("If operators are slow to respond"),
                      int(ContactFormSettings::Online::Slow));
    m_slowSeconds->setObjectName(QStringLiteral("contactFormSlowSeconds"));
    m_slowSeconds->setRange(ContactFormSettings::MinSlowSeconds,
                            ContactFormSettings::MaxSlowSeconds);
    m_slowSeconds->setSuffix(tr(" s"));
    m_slowSeconds->setAccessibleName(tr("Seconds before the form is asked"));
    m_nameRequired->setObjectName(QStringLiteral("contactFormNameRequired"));
    m_emailRequired->setObjectName(QStringLiteral("contactFormEmailRequired"));
    m_questions->setObjectName(QStringLiteral("contactFormQuestions"));
    m_questions->setAccessibleName(tr("The website's own questions"));
    m_questions->setDragDropMode(QAbstractItemView::InternalMove);
    m_questions->setDefaultDropAction(Qt::MoveAction);
    m_newQuestion->setObjectName(QStringLiteral("contactFormNewQuestion"));
    m_newQuestion->setPlaceholderText(tr("e.g. Company, Order number"));
    m_newQuestion->setMaxLength(ContactFormSettings::MaxLabelChars);
    m_newQuestion->setAccessibleName(tr("New question"));
    m_newQuestionType->setObjectName(QStringLiteral("contactFormNewQuestionType"));
    m_newQuestionType->addItem(tr("Text"), false);
    m_newQuestionType->addItem(tr("Phone number"), true);
    m_newQuestionType->setAccessibleName(tr("Kind of answer"));
    m_addQuestion->setObjectName(QStringLiteral("contactFormAddQuestion"));
    m_removeQuestion->setObjectName(QStringLiteral("contactFormRemoveQuestion"));
    m_consent->setObjectName(QStringLiteral("contactFormConsent"));
    m_holdLive->setObjectName(QStringLiteral("contactFormHoldLive"));
    m_holdMessenger->setObjectName(QStringLiteral("contactFormHoldMessenger"));
    m_status->setObjectName(QStringLiteral("contactFormStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("saveContactFormButton"));
    m_saveButton->setDefault(true);

    auto *when = new QGroupBox(tr("When the bot asks"), this);
    auto *online = new QHBoxLayout;
    online->addWidget(m_online, 1);
    online->addWidget(new QLabel(tr("after"), when));
    online->addWidget(m_slowSeconds);
    auto *whenLayout = new QFormLayout(when);
    whenLayout->addRow(tr("Team online:"), online);
    auto *offline = new QLabel(tr("Always: the bot asks every visitor who writes."), when);
    offline->setWordWrap(true);
    whenLayout->addRow(tr("Team offline:"), offline);
    auto *firstNote = new QLabel(
        tr("The bot asks only after the visitor's first message, so targeted messages and "
           "chatbot scenarios go on undisturbed."),
        when);
    firstNote->setWordWrap(true);
    Tones::setTone(firstNote, Tones::Tone::Muted);
    whenLayout->addRow(firstNote);

    auto *fields = new QGroupBox(tr("Questions"), this);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_newQuestion, 1);
    adding->addWidget(m_newQuestionType);
    adding->addWidget(m_addQuestion);
    adding->addWidget(m_removeQuestion);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(new QLabel(
        tr("The bot asks for the name, then the email, then these, one at a time."), fields));
    fieldsLayout->addWidget(m_nameRequired);
    fieldsLayout->addWidget(m_emailRequired);
    fieldsLayout->addWidget(m_questions, 1);
    fieldsLayout->addLayout(adding);
    fieldsLayout->addWidget(m_consent);

    auto *hold = new QGroupBox(tr("Anonymous visitors"), this);
    auto *holdLayout = new QVBoxLayout(hold);
    auto *holdNote = new QLabel(
        tr("Filling in the form is optional unless you choose otherwise: then the visitor "
           "cannot go on until it is filled, and no message or notification reaches the team "
           "before."),
        hold);
    holdNote->setWordWrap(true);
    holdLayout->addWidget(holdNote);
    holdLayout->addWidget(m_holdLive);
    holdLayout->addWidget(m_holdMessenger);

    auto *settings = new QVBoxLayout(m_settings);
    settings->setContentsMargins(0, 0, 0, 0);
    settings->addWidget(when);
    settings->addWidget(fields, 1);
    settings->addWidget(hold);
    m_tabs->setObjectName(QStringLiteral("contactFormTabs"));
    m_tabs->addTab(m_settings, tr("Questions and timing"));
    m_tabs->addTab(m_texts, tr("The bot's words"));
    WebsitePage::layOut(this, m_websiteCombo, {m_enabled, m_tabs}, m_tabs, m_status, m_saveButton);

    connect(m_websiteCombo, &QComboBox::currentIndexChanged, this, &ContactFormPage::showWebsite);
    connect(m_enabled, &QCheckBox::toggled, m_settings, &QWidget::setEnabled);
    connect(m_online, &QComboBox::currentIndexChanged, this, &ContactFormPage::updateControls);
    connect(m_questions, &QListWidget::currentRowChanged, this, &ContactFormPage::updateControls);
    connect(m_newQuestion, &QLineEdit::textChanged, this, &ContactFormPage::updateControls);
    connect(m_newQuestion, &QLineEdit::returnPressed, this, &ContactFormPage::addQuestion);
    connect(m_addQuestion, &QPushButton::clicked, this, &ContactFormPage::addQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this, &ContactFormPage::removeQuestion);
    connect(m_saveButton, &QPushButton::clicked, this, &ContactFormPage::save);
    connect(m_controller, &WebsiteSettingsController::websitesLoaded, this,
            &ContactFormPage::showWebsites);
    connect(m_controller, &WebsiteSettingsController::loadFailed, this,
            [this](const QString &reason) { setStatus(reason, true); });
    connect(m_controller, &WebsiteSettingsController::saved, this,
            [this](const WebsiteSettings &website) {
                if (website.id != m_websiteId || m_saveButton->isEnabled())
                    return; // another page's save
                m_saveButton->setEnabled(true);
                setStatus(tr("Saved. The bot asks this way from the next message on."), false);
            });
    connect(m_controller, &WebsiteSettingsController::saveFailed, this,
            [this](const QString &reason) {
                if (m_saveButton->isEnabled())
                    return;
                m_saveButton->setEnabled(true);
                setStatus(reason, true);
            });
    setEnabled(false); // until the websites are loaded
    if (m_controller->isLoaded())
        showWebsites();
}

void ContactFormPage::showWebsites()
{
    m_texts->setDefaults(m_controller->textDefaults().only(isContactFormText));
    const int current = WebsitePage::list(m_websiteCombo, m_controller->websites(), m_websiteId);
    setEnabled(m_websiteCombo->count() > 0);
    showWebsite(current);
}

void ContactFormPage::showWebsite(int index)
{
    const auto websites = m_controller->websites();
    if (index < 0 || index >= websites.size())
        return;
    const WebsiteSettings &website = websites.at(index);
    const ContactFormSettings &form = website.contactForm;
    m_websiteId = website.id;
    m_enabled->setChecked(form.enabled);
    m_settings->setEnabled(form.enabled);
    m_online->setCurrentIndex(m_online->findData(int(form.online)));
    m_slowSeconds->setValue(form.slowSeconds);
    m_nameRequired->setChecked(form.nameRequired);
    m_emailRequired->setChecked(form.emailRequired);
    m_questions->clear();
    for (const ContactFormField &field : form.fields)
        m_questions->addItem(questionItem(field));
    m_consent->setChecked(form.consent);
    m_texts->setCustomTexts(website.texts);
    m_holdLive->setChecked(form.holdLive);
    m_holdMessenger->setChecked(form.holdMessenger);
    m_status->clear();
    updateControls();
}

void ContactFormPage::updateControls()
{
    const auto online = ContactFormSettings::Online(m_online->currentData().toInt());
    m_slowSeconds->setEnabled(online == ContactFormSettings::Online::Slow);
    // Holding live chats for a form that is not asked in every live chat would hold them
    // for ever; the server refuses it too.
    const bool alwaysLive = online == ContactFormSettings::Online::Always;
    m_holdLive->setEnabled(alwaysLive);
    if (!alwaysLive)
        m_holdLive->setChecked(false);
    m_holdLive->setToolTip(alwaysLive ? QString()
                                      : tr("Needs the form asked always while the team is online"));
    m_addQuestion->setEnabled(!m_newQuestion->text().trimmed().isEmpty()
                              && m_questions->count() < ContactFormSettings::MaxFields);
    m_newQuestion->setEnabled(m_questions->count() < ContactFormSettings::MaxFields);
    m_removeQuestion->setEnabled(m_questions->currentItem() != nullptr);
}

void ContactFormPage::addQuestion()
{
    const QString label = m_newQuestion->text().simplified();
    if (label.isEmpty() || m_questions->count() >= ContactFormSettings::MaxFields)
        return;
    m_questions->addItem(questionItem({label, false, m_newQuestionType->currentData().toBool()}));
    m_newQuestion->clear();
    updateControls();
}

void ContactFormPage::removeQuestion()
{
    delete m_questions->currentItem();
    updateControls();
}

ContactFormSettings ContactFormPage::edited() const
{
    ContactFormSettings form;
    form.enabled = m_enabled->isChecked();
    form.online = ContactFormSettings::Online(m_online->currentData().toInt());
    form.slowSeconds = m_slowSeconds->value();
    form.nameRequired = m_nameRequired->isChecked();
    form.emailRequired = m_emailRequired->isChecked();
    for (int row = 0; row < m_questions->count(); ++row) {
        const QListWidgetItem *item = m_questions->item(row);
        form.fields.append({item->text().simplified(), item->checkState() == Qt::Checked,
                            item->data(PhoneRole).toBool()});
    }
    form.consent = m_consent->isChecked();
    form.holdLive = m_holdLive->isChecked();
    form.holdMessenger = m_holdMessenger->isChecked();
    return form;
}

void ContactFormPage::save()
{
    if (m_websiteId == 0)
        return;
    m_saveButton->setEnabled(false);
    setStatus(tr("Saving…"), false);
    const auto websites = m_controller->websites();
    const auto stored
        = std::find_if(websites.cbegin(), websites.cend(),
                       [this](const WebsiteSettings &w) { return w.id == m_websiteId; });
    const auto texts = WebsiteSettings::withTexts(
        stored != websites.cend() ? stored->texts : QHash<QString, WebsiteSettings::Texts>(),
        m_texts->customTexts(), m_controller->textDefaults().only(isContactFormText).keys);
    m_controller->saveContactForm(m_websiteId, edited(), texts);
}

void ContactFormPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    Tones::setTone(m_status, error ? Tones::Tone::Error : Tones::Tone::Muted);
}

} // namespace papo::desk
