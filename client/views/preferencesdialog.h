#pragma once

#include "app/deskpreferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace papo::desk {

class AlertSounds;

// Papo → Preferences: this computer's alert sounds (each on or off, with its volume and a
// button to hear it), how often a waiting chat alerts again, Light / Dark / System, and the
// language. Changes apply at once, but the language: from papo-desk's next start, since
// retranslating every open window live is more than the choice is worth.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(DeskPreferences *preferences, AlertSounds *sounds, QWidget *parent = nullptr);

    QCheckBox *soundBox(DeskPreferences::Sound sound) const;
    QSlider *volumeSlider(DeskPreferences::Sound sound) const;
    QSpinBox *repeatBox() const { return m_repeat; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

private:
    QWidget *createSoundsGroup();
    QWidget *createAppearanceGroup();
    QWidget *createLanguageGroup();

    DeskPreferences *m_preferences;
    AlertSounds *m_sounds;
    QList<QCheckBox *> m_soundBoxes;
    QList<QSlider *> m_volumes;
    QSpinBox *m_repeat = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace papo::desk
