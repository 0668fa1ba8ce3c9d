#include "deskpreferences.h"

#include <QSettings>

namespace papo::desk {

namespace {

constexpr int DefaultVolume = 80;

QString soundKey(DeskPreferences::Sound sound, const char *field)
{
    const char *name = "newChat";
    switch (sound) {
    case DeskPreferences::Sound::NewChat:
        break;
    case DeskPreferences::Sound::NewMessage:
        name = "newMessage";
        break;
    case DeskPreferences::Sound::Invitation:
        name = "invitation";
        break;
    }
    return QStringLiteral("preferences/sounds/%1/%2")
        .arg(QLatin1String(name), QLatin1String(field));
}

const QString RepeatKey = QStringLiteral("preferences/sounds/repeatMs");
const QString ThemeKey = QStringLiteral("preferences/theme");
const QString LanguageKey = QStringLiteral("preferences/language");

} // namespace

DeskPreferences::DeskPreferences(QObject *parent)
    : QObject(parent)
{}

bool DeskPreferences::soundEnabled(Sound sound) const
{
    return QSettings().value(soundKey(sound, "enabled"), true).toBool();
}

void DeskPreferences::setSoundEnabled(Sound sound, bool enabled)
{
    if (soundEnabled(sound) == enabled)
        return;
    QSettings().setValue(soundKey(sound, "enabled"), enabled);
    emit soundsChanged();
}

int DeskPreferences::volume(Sound sound) const
{
    return std::clamp(QSettings().value(soundKey(sound, "volume"), DefaultVolume).toInt(), 0, 100);
}

void DeskPreferences::setVolume(Sound sound, int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (volume(sound) == percent)
        return;
    QSettings().setValue(soundKey(sound, "volume"), percent);
    emit soundsChanged();
}

std::chrono::milliseconds DeskPreferences::repeatInterval() const
{
    const qint64 ms
        = QSettings()
              .value(RepeatKey, qint64(std::chrono::milliseconds(DefaultRepeat).count()))
              .toLongLong();
    return std::chrono::milliseconds(std::max<qint64>(0, ms));
}

void DeskPreferences::setRepeatInterval(std::chrono::milliseconds interval)
{
    if (repeatInterval() == interval)
        return;
    QSettings().setValue(RepeatKey, qint64(std::max<qint64>(0, interval.count())));
    emit repeatIntervalChanged();
}

DeskPreferences::Theme DeskPreferences::theme() const
{
    const QString name = QSettings().value(ThemeKey).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void DeskPreferences::setTheme(Theme theme)
{
    if (this->theme() == theme)
        return;
    QString name = QStringLiteral("system");
    if (theme == Theme::Light)
        name = QStringLiteral("light");
    else if (theme == Theme::Dark)
        name = QStringLiteral("dark");
    QSettings().setValue(ThemeKey, name);
    emit themeChanged(theme);
}

QString DeskPreferences::language() const
{
    return QSettings().value(LanguageKey).toString();
}

void DeskPreferences::setLanguage(const QString &language)
{
    if (this->language() == language)
        return;
    if (language.isEmpty())
        QSettings().remove(LanguageKey);
    else
        QSettings().setValue(LanguageKey, language);
    emit languageChanged(language);
}

} // namespace papo::desk
