#pragma once

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
    // Returns the language installed, or an empty string when English (the source) is used.
    // directory: where papo_<lang>.qm files are (the app embeds them in :/i18n).
    static QString install(QCoreApplication *application,
                           const QStringList &languages = preferredLanguages(),
                           const QString &directory = QStringLiteral(":/i18n"));
};

} // namespace papo::desk
