#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace papo::desk {

// Installs papo-desk's translation (embedded as :/i18n/papo_<lang>.qm) and Qt's own for
// the user's language: LANGUAGE, then LC_ALL / LC_MESSAGES / LANG, then the system locale.
class TranslationLoader final
{
public:
    // Language names in order of preference, normalised ("pt_BR.UTF-8" -> "pt_BR").
    static QStringList preferredLanguages();
    // What to try for the language chosen in Preferences ("en", "pt_BR", "es"; empty: the
    // system's, preferredLanguages()).
    static QStringList languagesFor(const QString &choice);
    // Returns the language installed, or an empty string when English (the source) is used.
    // directory: where papo_<lang>.qm files are (the app embeds them in :/i18n).
    static QString install(QCoreApplication *application,
                           const QStringList &languages = preferredLanguages(),
                           const QString &directory = QStringLiteral(":/i18n"));
    // The locale dates and numbers follow for a language the desk speaks: the system's own
    // when it is the same language ("es" on an es_MX system: Mexico's dates), else the
    // language's usual one ("pt_BR": 04/12/2026 18:13).
    static QLocale localeFor(const QString &language);
};

} // namespace papo::desk
