#pragma once

#include "deskpreferences.h"

#include <QObject>

#include <array>

class QSoundEffect;

namespace papo::desk {

// The alert sounds shipped in resources/sounds (a new chat in the queue, a new message in
// my chats, an invitation into a chat), played with Qt Multimedia's QSoundEffect at the
// volume the operator chose in Preferences. Without an audio device QSoundEffect plays
// nothing and papo-desk carries on; playRequested says what was asked for either way.
class AlertSounds final : public QObject
{
    Q_OBJECT

public:
    explicit AlertSounds(DeskPreferences *preferences, QObject *parent = nullptr);
    ~AlertSounds() override;

    // Plays the sound unless the operator switched it off or set its volume to 0.
    void play(papo::desk::DeskPreferences::Sound sound);
    // Plays it whatever the preferences say (Preferences' "Try" button), at this volume.
    void preview(papo::desk::DeskPreferences::Sound sound, int volumePercent);
    // The effect behind a sound, created on first use.
    QSoundEffect *effect(papo::desk::DeskPreferences::Sound sound);
    static QString resourcePath(papo::desk::DeskPreferences::Sound sound);

signals:
    // Emitted every time a sound is handed to QSoundEffect (volume 0..100).
    void playRequested(papo::desk::DeskPreferences::Sound sound, int volumePercent);

private:
    void start(DeskPreferences::Sound sound, int volumePercent);

    DeskPreferences *m_preferences;
    std::array<QSoundEffect *, 3> m_effects{};
};

} // namespace papo::desk
