#include "alertsounds.h"

#include <QAudio>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace papo::desk {

AlertSounds::AlertSounds(DeskPreferences *preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
{}

AlertSounds::~AlertSounds() = default;

QString AlertSounds::resourcePath(DeskPreferences::Sound sound)
{
    switch (sound) {
    case DeskPreferences::Sound::NewChat:
        break;
    case DeskPreferences::Sound::NewMessage:
        return QStringLiteral(":/sounds/new-message.wav");
    case DeskPreferences::Sound::Invitation:
        return QStringLiteral(":/sounds/invitation.wav");
    }
    return QStringLiteral(":/sounds/new-chat.wav");
}

QSoundEffect *AlertSounds::effect(DeskPreferences::Sound sound)
{
    QSoundEffect *&effect = m_effects.at(size_t(sound));
    if (!effect) {
        effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc") + resourcePath(sound)));
    }
    return effect;
}

void AlertSounds::play(DeskPreferences::Sound sound)
{
    if (!m_preferences->soundEnabled(sound))
        return;
    const int volume = m_preferences->volume(sound);
    if (volume > 0)
        start(sound, volume);
}

void AlertSounds::preview(DeskPreferences::Sound sound, int volumePercent)
{
    start(sound, std::clamp(volumePercent, 0, 100));
}

void AlertSounds::start(DeskPreferences::Sound sound, int volumePercent)
{
    QSoundEffect *player = effect(sound);
    // Perceived loudness is logarithmic: the slider's middle should sound like the middle.
    player->setVolume(float(QAudio::convertVolume(
        volumePercent / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
    emit playRequested(sound, volumePercent);
    // Without an output (a server, a test machine) Qt would only warn at every alert.
    if (!QMediaDevices::defaultAudioOutput().isNull())
        player->play();
}

} // namespace papo::desk
