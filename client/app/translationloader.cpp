#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace papo::desk {

namespace {

QString normalised(QString name)
{
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name.trimmed();
}

void appendLanguage(QStringList *languages, const QString &raw)
{
    const QString name = normalised(raw);
    if (name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX")
        || languages->contains(name))
        return;
    languages->append(name);
}

} // namespace

QStringList TranslationLoader::preferredLanguages()
{
    QStringList languages;
    // LANGUAGE is a GNU priority list ("pt_BR:pt:en"); it counts only with a real locale.
    const QString lcAll = qEnvironmentVariable("LC_ALL");
    const QString lcMessages = qEnvironmentVariable("LC_MESSAGES");
    const QString lang = qEnvironmentVariable("LANG");
    for (const QString &entry :
         qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        appendLanguage(&languages, entry);
    for (const QString &variable : {lcAll, lcMessages, lang})
        appendLanguage(&languages, variable);
    for (const QString &entry : QLocale::system().uiLanguages())
        appendLanguage(&languages, entry);
    return languages;
}

QStringList TranslationLoader::languagesFor(const QString &choice)
{
    return choice.isEmpty() ? preferredLanguages() : QStringList{normalised(choice)};
}

QLocale TranslationLoader::localeFor(const QString &language)
{
    const QLocale locale(normalised(language));
    const QLocale system = QLocale::system();
    if (!language.contains(QLatin1Char('_')) && system.language() == locale.language())
        return system;
    return locale;
}

QString TranslationLoader::install(QCoreApplication *application, const QStringList &languages,
                                   const QString &directory)
{
    for (const QString &language : languages) {
        if (language == QLatin1String("en") || language.startsWith(QLatin1String("en_")))
            return {}; // the sources are English
        auto translator = std::make_unique<QTranslator>(application);
        if (!translator->load(QStringLiteral("papo_") + language, directory)) {
            // "pt" or "pt_PT" with only pt_BR shipped: the same language beats English.
            const QString base = language.section(QLatin1Char('_'), 0, 0);
            const QStringList variants
                = QDir(directory).entryList({QStringLiteral("papo_%1_*.qm").arg(base)});
            if (variants.isEmpty() || !translator->load(variants.first(), directory))
                continue;
        }
        // Qt's own words (a dialog's Close, a text field's context menu) in the same language:
        // the one of the file found, so "pt" gets Qt's pt_BR as it got ours.
        const QString found = translator->language().replace(QLatin1Char('-'), QLatin1Char('_'));
        auto qtTranslator = std::make_unique<QTranslator>(application);
        if (qtTranslator->load(QStringLiteral("qtbase_") + (found.isEmpty() ? language : found),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            application->installTranslator(qtTranslator.release());
        application->installTranslator(translator.release());
        return language;
    }
    return {};
}

} // namespace papo::desk
