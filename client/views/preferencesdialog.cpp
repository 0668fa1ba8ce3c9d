#include "preferencesdialog.h"

#include "app/alertsounds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace papo::desk {

namespace {
using Sound = DeskPreferences::Sound;
const QList<Sound> Sounds{Sound::NewChat, Sound::NewMessage, Sound::Invitation};
} // namespace

PreferencesDialog::PreferencesDialog(DeskPreferences *preferences, AlertSounds *sounds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_sounds(sounds)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSoundsGroup());
    layout->addWidget(createAppearanceGroup());
    layout->addWidget(createLanguageGroup());
    layout->addStretch();
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::createSoundsGroup()
{
    auto *group = new QGroupBox(tr("Sounds"), this);
    auto *grid = new QGridLayout(group);
    const QStringList names{tr("A new chat in the queue"), tr("A new message in my chats"),
                            tr("I am invited into a chat")};
    const QStringList objectNames{QStringLiteral("newChat"), QStringLiteral("newMessage"),
                                  QStringLiteral("invitation")};
    for (int row = 0; row < Sounds.size(); ++row) {
        const Sound sound = Sounds.at(row);
        auto *enabled = new QCheckBox(names.at(row), group);
        enabled->setObjectName(objectNames.at(row) + QStringLiteral("SoundBox"));
        enabled->setChecked(m_preferences->soundEnabled(sound));
        auto *volume = new QSlider(Qt::Horizontal, group);
        volume->setObjectName(objectNames.at(row) + QStringLiteral("VolumeSlider"));
        volume->setRange(0, 100);
        volume->setPageStep(10);
        volume->setValue(m_preferences->volume(sound));
        volume->setEnabled(enabled->isChecked());
        volume->setAccessibleName(tr("Volume: %1").arg(names.at(row)));
        auto *tryIt = new QPushButton(tr("Play"), group);
        tryIt->setObjectName(objectNames.at(row) + QStringLiteral("PlayButton"));
        tryIt->setAccessibleName(tr("Play: %1").arg(names.at(row)));
        tryIt->setAutoDefault(false);
        connect(enabled, &QCheckBox::toggled, this, [this, sound, volume](bool on) {
            m_preferences->setSoundEnabled(sound, on);
            volume->setEnabled(on);
        });
        connect(volume, &QSlider::valueChanged, this,
                [this, sound](int value) { m_preferences->setVolume(sound, value); });
        connect(tryIt, &QPushButton::clicked, this,
                [this, sound, volume] { m_sounds->preview(sound, volume->value()); });
        grid->addWidget(enabled, row, 0);
        grid->addWidget(volume, row, 1);
        grid->addWidget(tryIt, row, 2);
        m_soundBoxes << enabled;
        m_volumes << volume;
    }
    grid->setColumnStretch(1, 1);

    m_repeat = new QSpinBox(group);
    m_repeat->setObjectName(QStringLiteral("repeatBox"));
    m_repeat->setRange(0, 600);
    m_repeat->setSingleStep(5);
    m_repeat->setSuffix(tr(" s"));
    m_repeat->setSpecialValueText(tr("Never"));
    m_repeat->setValue(int(
        std::chrono::duration_cast<std::chrono::seconds>(m_preferences->repeatInterval()).count()));
    connect(m_repeat, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_preferences->setRepeatInterval(std::chrono::seconds(seconds));
    });
    auto *repeatRow = new QFormLayout;
    repeatRow->addRow(tr("While a chat waits in the queue, alert again every"), m_repeat);
    grid->addLayout(repeatRow, int(Sounds.size()), 0, 1, 3);
    return group;
}

QWidget *PreferencesDialog::createAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Like the system"), int(DeskPreferences::Theme::System));
    m_theme->addItem(tr("Light"), int(DeskPreferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(DeskPreferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_preferences->theme())));
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        m_preferences->setTheme(DeskPreferences::Theme(m_theme->itemData(index).toInt()));
    });
    auto *form = new QFormLayout(group);
    form->addRow(tr("Colours"), m_theme);
    return group;
}

QWidget *PreferencesDialog::createLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, so whoever reads it finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences->language())));
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        m_preferences->setLanguage(m_language->itemData(index).toString());
    });
    m_language->setAccessibleName(group->title());
    auto *note = new QLabel(tr("Papo changes language the next time it starts."), group);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_language);
    layout->addWidget(note);
    return group;
}

QCheckBox *PreferencesDialog::soundBox(DeskPreferences::Sound sound) const
{
    return m_soundBoxes.value(Sounds.indexOf(sound));
}

QSlider *PreferencesDialog::volumeSlider(DeskPreferences::Sound sound) const
{
    return m_volumes.value(Sounds.indexOf(sound));
}

} // namespace papo::desk
