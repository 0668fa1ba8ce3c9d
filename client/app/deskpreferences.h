#pragma once

#include <QObject>

#include <chrono>

namespace papo::desk {

// The operator's own choices for this computer, kept in QSettings: which alert sounds play
// and how loud, how often a chat still waiting in the queue alerts again, the colours
// (Light, Dark or the system's) and the language. Not an account setting: each desk decides
// for itself.
class DeskPreferences final : public QObject
{
    Q_OBJECT

public:
    enum class Sound { NewChat, NewMessage, Invitation };
    Q_ENUM(Sound)
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr std::chrono::seconds DefaultRepeat{30};

    explicit DeskPreferences(QObject *parent = nullptr);

    bool soundEnabled(Sound sound) const;
    void setSoundEnabled(Sound sound, bool enabled);
    // 0..100.
    int volume(Sound sound) const;
    void setVolume(Sound sound, int percent);
    // How often a chat left waiting in the queue alerts again; 0 s: never.
    std::chrono::milliseconds repeatInterval() const;
    void setRepeatInterval(std::chrono::milliseconds interval);
    Theme theme() const;
    void setTheme(Theme theme);
    // The desk's language: "en", "pt_BR", "es", or empty for the system's. Read at start
    // (main.cpp), so a change applies the next time papo-desk starts.
    QString language() const;
    void setLanguage(const QString &language);

signals:
    void soundsChanged();
    void repeatIntervalChanged();
    void themeChanged(papo::desk::DeskPreferences::Theme theme);
    void languageChanged(const QString &language);
};

} // namespace papo::desk
