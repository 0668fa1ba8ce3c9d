#include "widgetsettingspage.h"

#include "app/websitesettingscontroller.h"
#include "photofiledialog.h"
#include "tones.h"
#include "websitepage.h"
#include "widgettextspage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
const QRegularExpression HexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
constexpr int BotPictureSize = 48;
} // namespace

WidgetSettingsPage::WidgetSettingsPage(WebsiteSettingsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_websiteCombo(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_textsPage(new WidgetTextsPage(this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("widgetSettingsPage"));
    m_websiteCombo->setObjectName(QStringLiteral("websiteCombo"));
    m_tabs->setObjectName(QStringLiteral("widgetSettingsTabs"));
    m_status->setObjectName(QStringLiteral("widgetSettingsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("saveWidgetSettingsButton"));
    m_saveButton->setDefault(true);

    m_tabs->addTab(createGeneralTab(), tr("Installation and look"));
    m_tabs->addTab(m_textsPage, tr("Texts"));

    WebsitePage::layOut(this, m_websiteCombo, {m_tabs}, m_tabs, m_status, m_saveButton);

    connect(m_websiteCombo, &QComboBox::currentIndexChanged, this,
            &WidgetSettingsPage::showWebsite);
    connect(m_saveButton, &QPushButton::clicked, this, &WidgetSettingsPage::save);
    connect(m_controller, &WebsiteSettingsController::websitesLoaded, this,
            &WidgetSettingsPage::showWebsites);
    connect(m_controller, &WebsiteSettingsController::loadFailed, this,
            [this](const QString &reason) { setStatus(reason, true); });
    connect(m_controller, &WebsiteSettingsController::saved, this,
            [this](const WebsiteSettings &website) {
                if (website.id != m_website.id)
                    return;
                m_website = website; // also after Settings → Contact form saved its part
                if (m_saveButton->isEnabled())
                    return;
                m_colorEdit->setText(website.color); // as the server keeps it
                m_saveButton->setEnabled(true);
                setStatus(tr("Saved. Visitors see the changes when they next open a page."), false);
            });
    connect(m_controller, &WebsiteSettingsController::saveFailed, this,
            [this](const QString &reason) {
                m_saveButton->setEnabled(true);
                m_botPictureButton->setEnabled(true);
                setStatus(reason, true);
            });
    connect(m_controller, &WebsiteSettingsController::botPictureSaved, this,
            [this](qint64 websiteId, const QString &avatarUrl) {
                m_botPictureButton->setEnabled(true);
                if (websiteId != m_website.id)
                    return;
                m_website.botAvatarUrl = avatarUrl;
                setStatus(tr("The bot's picture is saved."), false);
                m_controller->fetchBotPicture(avatarUrl);
            });
    connect(m_controller, &WebsiteSettingsController::botPictureLoaded, this,
            [this](const QString &avatarUrl, const QImage &picture) {
                if (avatarUrl == m_website.botAvatarUrl)
                    showBotPicture(picture);
            });
    setEnabled(false); // until the websites are loaded
    if (m_controller->isLoaded())
        showWebsites();
}

QWidget *WidgetSettingsPage::createGeneralTab()
{
    auto *tab = new QWidget(this);

    // INS-1: the snippet, read-only, with Copy.
    auto *install = new QGroupBox(tr("Install the widget"), tab);
    m_snippet = new QPlainTextEdit(install);
    m_snippet->setObjectName(QStringLiteral("installSnippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setFixedHeight(m_snippet->fontMetrics().lineSpacing() * 4 + 16);
    m_copyButton = new QPushButton(tr("Copy"), install);
    m_copyButton->setObjectName(QStringLiteral("copySnippetButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &WidgetSettingsPage::copySnippet);
    auto *installHint = new QLabel(
        tr("Paste these two lines into every page of your site, before </body>."), install);
    installHint->setTextFormat(Qt::PlainText);
    Tones::setTone(installHint, Tones::Tone::Muted);
    auto *installLayout = new QGridLayout(install);
    installLayout->addWidget(installHint, 0, 0, 1, 2);
    installLayout->addWidget(m_snippet, 1, 0);
    installLayout->addWidget(m_copyButton, 1, 1, Qt::AlignTop);

    // WID-2, WID-3: colour, side, default language.
    auto *look = new QGroupBox(tr("Look"), tab);
    m_colorButton = new QPushButton(look);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    m_colorButton->setFixedSize(36, 26);
    m_colorButton->setToolTip(tr("Choose the widget's colour"));
    connect(m_colorButton, &QPushButton::clicked, this, &WidgetSettingsPage::chooseColor);
    m_colorEdit = new QLineEdit(look);
    m_colorEdit->setObjectName(QStringLiteral("colorEdit"));
    m_colorEdit->setMaxLength(7);
    m_colorEdit->setFixedWidth(90);
    m_colorEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#[0-9a-fA-F]{0,6}")), m_colorEdit));
    connect(m_colorEdit, &QLineEdit::textChanged, this, &WidgetSettingsPage::showColor);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_colorButton);
    colorRow->addWidget(m_colorEdit);
    colorRow->addStretch(1);
    m_positionCombo = new QComboBox(look);
    m_positionCombo->setObjectName(QStringLiteral("positionCombo"));
    m_positionCombo->addItem(tr("Bottom right"), QStringLiteral("right"));
    m_positionCombo->addItem(tr("Bottom left"), QStringLiteral("left"));
    m_languageCombo = new QComboBox(look);
    m_languageCombo->setObjectName(QStringLiteral("defaultLanguageCombo"));
    m_languageCombo->setToolTip(
        tr("The widget speaks the visitor's language when it has it, this one otherwise."));
    m_botName = new QLineEdit(look);
    m_botName->setObjectName(QStringLiteral("botNameEdit"));
    m_botName->setMaxLength(60);
    m_botName->setToolTip(tr("The name the bot's messages show, in the widget and here. "
                             "Empty: the website's name."));
    m_botPicture = new QLabel(look);
    m_botPicture->setObjectName(QStringLiteral("botPictureLabel"));
    m_botPicture->setFixedSize(BotPictureSize, BotPictureSize);
    m_botPicture->setAlignment(Qt::AlignCenter);
    m_botPicture->setTextFormat(Qt::PlainText);
    m_botPictureButton = new QPushButton(tr("Choose picture…"), look);
    m_botPictureButton->setObjectName(QStringLiteral("botPictureButton"));
    m_botPictureButton->setToolTip(tr("The picture beside the bot's messages in the widget. "
                                      "Saved at once."));
    connect(m_botPictureButton, &QPushButton::clicked, this, [this] {
        const QString path = PhotoFileDialog::choose(this, tr("Choose the bot's picture"));
        if (!path.isEmpty())
            uploadBotPicture(path);
    });
    auto *botPictureRow = new QHBoxLayout;
    botPictureRow->addWidget(m_botPicture);
    botPictureRow->addWidget(m_botPictureButton);
    botPictureRow->addStretch(1);
    auto *lookLayout = new QFormLayout(look);
    lookLayout->addRow(tr("Colour:"), colorRow);
    lookLayout->addRow(tr("Position:"), m_positionCombo);
    lookLayout->addRow(tr("Default language:"), m_languageCombo);
    lookLayout->addRow(tr("Bot's name:"), m_botName);
    lookLayout->addRow(tr("Bot's picture:"), botPictureRow);

    // INS-3: allowed origins.
    auto *originsBox = new QGroupBox(tr("Allowed sites"), tab);
    m_origins = new QListWidget(originsBox);
    m_origins->setObjectName(QStringLiteral("allowedOriginsList"));
    m_origins->setEditTriggers(QAbstractItemView::DoubleClicked
                               | QAbstractItemView::EditKeyPressed);
    auto *add = new QPushButton(tr("Add"), originsBox);
    add->setObjectName(QStringLiteral("addOriginButton"));
    connect(add, &QPushButton::clicked, this, &WidgetSettingsPage::addOrigin);
    auto *remove = new QPushButton(tr("Remove"), originsBox);
    remove->setObjectName(QStringLiteral("removeOriginButton"));
    connect(remove, &QPushButton::clicked, this, &WidgetSettingsPage::removeOrigin);
    auto *originsHint = new QLabel(tr("The widget loads only on these sites, e.g. "
                                      "https://shop.example or https://*.shop.example. "
                                      "With none, it loads anywhere."),
                                   originsBox);
    originsHint->setTextFormat(Qt::PlainText);
    originsHint->setWordWrap(true);
    Tones::setTone(originsHint, Tones::Tone::Muted);
    auto *originButtons = new QVBoxLayout;
    originButtons->addWidget(add);
    originButtons->addWidget(remove);
    originButtons->addStretch(1);
    auto *originsLayout = new QGridLayout(originsBox);
    originsLayout->addWidget(originsHint, 0, 0, 1, 2);
    originsLayout->addWidget(m_origins, 1, 0);
    originsLayout->addLayout(originButtons, 1, 1);

    m_ratings = new QCheckBox(tr("Ask visitors to rate the conversation"), tab);
    m_ratings->setObjectName(QStringLiteral("ratingsCheckBox"));

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(install);
    layout->addWidget(look);
    layout->addWidget(originsBox, 1);
    layout->addWidget(m_ratings);
    return tab;
}

QString WidgetSettingsPage::snippet() const
{
    return m_snippet->toPlainText();
}

void WidgetSettingsPage::copySnippet()
{
    QGuiApplication::clipboard()->setText(snippet());
    setStatus(tr("The snippet is in the clipboard."), false);
}

void WidgetSettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->refresh();
}

void WidgetSettingsPage::showWebsites()
{
    setEnabled(true);
    const WidgetTextDefaults &defaults = m_controller->textDefaults();
    m_textsPage->setDefaults(defaults.only(isWidgetText));
    {
        const QSignalBlocker blocker(m_languageCombo);
        m_languageCombo->clear();
        for (const QString &language : defaults.languages)
            m_languageCombo->addItem(WidgetTextsPage::languageName(language), language);
    }
    showWebsite(WebsitePage::list(m_websiteCombo, m_controller->websites(), m_website.id));
}

void WidgetSettingsPage::showWebsite(int index)
{
    const QList<WebsiteSettings> websites = m_controller->websites();
    if (index < 0 || index >= websites.size())
        return;
    m_website = websites.at(index);
    m_snippet->setPlainText(m_controller->installSnippet(m_website));
    m_colorEdit->setText(m_website.color);
    m_positionCombo->setCurrentIndex(qMax(0, m_positionCombo->findData(m_website.position)));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_website.language)));
    m_origins->clear();
    for (const QString &origin : std::as_const(m_website.allowedOrigins))
        appendOrigin(origin);
    m_ratings->setChecked(m_website.ratingsEnabled);
    m_botName->setText(m_website.botName);
    m_botName->setPlaceholderText(m_website.name);
    showBotPicture({});
    m_controller->fetchBotPicture(m_website.botAvatarUrl);
    m_textsPage->setCustomTexts(m_website.texts);
    setStatus({}, false);
}

void WidgetSettingsPage::uploadBotPicture(const QString &filePath)
{
    m_botPictureButton->setEnabled(false);
    setStatus(tr("Uploading the picture…"), false);
    m_controller->uploadBotPicture(m_website.id, filePath);
}

void WidgetSettingsPage::showBotPicture(const QImage &picture)
{
    if (picture.isNull()) {
        m_botPicture->setPixmap({});
        m_botPicture->setText(tr("None"));
        return;
    }
    m_botPicture->setPixmap(QPixmap::fromImage(picture.scaled(
        BotPictureSize, BotPictureSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void WidgetSettingsPage::chooseColor()
{
    const QColor chosen
        = QColorDialog::getColor(QColor(m_colorEdit->text()), this, tr("Widget colour"));
    if (chosen.isValid())
        m_colorEdit->setText(chosen.name());
}

void WidgetSettingsPage::showColor(const QString &color)
{
    const bool valid = HexColor.match(color).hasMatch();
    m_colorButton->setStyleSheet(
        valid ? QStringLiteral("background: %1; border: 1px solid #8c959f; border-radius: 4px;")
                    .arg(color)
              : QString());
}

QListWidgetItem *WidgetSettingsPage::appendOrigin(const QString &origin)
{
    auto *item = new QListWidgetItem(origin, m_origins);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

void WidgetSettingsPage::addOrigin()
{
    QListWidgetItem *item = appendOrigin(QStringLiteral("https://"));
    m_origins->setCurrentItem(item);
    m_origins->editItem(item);
}

void WidgetSettingsPage::removeOrigin()
{
    delete m_origins->currentItem();
}

WebsiteSettings WidgetSettingsPage::edited() const
{
    WebsiteSettings website = m_website;
    website.color = m_colorEdit->text().toLower();
    website.position = m_positionCombo->currentData().toString();
    website.language = m_languageCombo->currentData().toString();
    website.allowedOrigins.clear();
    for (int row = 0; row < m_origins->count(); ++row) {
        const QString origin = m_origins->item(row)->text().trimmed();
        if (!origin.isEmpty() && origin != QLatin1String("https://"))
            website.allowedOrigins << origin;
    }
    website.ratingsEnabled = m_ratings->isChecked();
    website.botName = m_botName->text().simplified();
    website.texts
        = WebsiteSettings::withTexts(m_website.texts, m_textsPage->customTexts(),
                                     m_controller->textDefaults().only(isWidgetText).keys);
    return website;
}

void WidgetSettingsPage::save()
{
    if (m_website.id <= 0)
        return;
    if (!HexColor.match(m_colorEdit->text()).hasMatch()) {
        setStatus(tr("The colour must be like #1f6feb."), true);
        return;
    }
    m_saveButton->setEnabled(false);
    setStatus(tr("Saving…"), false);
    m_controller->save(edited());
}

void WidgetSettingsPage::setStatus(const QString &text, bool error)
{
    Tones::setTone(m_status, error ? Tones::Tone::Error : Tones::Tone::Muted);
    m_status->setText(text);
}

} // namespace papo::desk
