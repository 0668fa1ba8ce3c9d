// papo-desk: the operators' desktop app. Everything lives in papo_desk_core.
#include "app/deskapp.h"
#include "app/deskinstance.h"
#include "app/deskpreferences.h"
#include "app/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

#include <cstring>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Papo"));
    QCoreApplication::setApplicationName(QStringLiteral("papo-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPO_VERSION));
}

// The desk speaks the language chosen in Preferences, or else the user's; dates and numbers
// then follow it too, not whatever locale the session happens to have (an English
// "4 Dec 2026" in a Portuguese window).
void installLanguage(QCoreApplication *application)
{
    using papo::desk::TranslationLoader;
    const QString choice = papo::desk::DeskPreferences().language();
    const QStringList languages = TranslationLoader::languagesFor(choice);
    // The installed .qm files first (share/papo-desk/translations beside bin/), so a
    // translation can be updated without a new binary; else the embedded ones.
    QString language
        = TranslationLoader::install(application, languages,
                                     QCoreApplication::applicationDirPath()
                                         + QStringLiteral("/../share/papo-desk/translations"));
    if (language.isEmpty())
        language = TranslationLoader::install(application, languages);
    // English is the sources' language: nothing installed, but a chosen "en" still sets dates.
    const QString spoken = language.isEmpty() ? choice : language;
    if (!spoken.isEmpty())
        QLocale::setDefault(TranslationLoader::localeFor(spoken));
}

struct Options
{
    QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Server to suggest at the first login."),
        QStringLiteral("URL")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.server);
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("main", "A papo:// link or an invite link to open."),
        QStringLiteral("[link]"));
}

// --help and --version print and quit: they must work without a display (over ssh, in a
// package's checks), where QApplication would abort.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        installLanguage(&app);
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Papo"));
    QApplication::setDesktopFileName(QStringLiteral("papo-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/papo.svg")));
    // With the tray icon the window hides on close; quitting is explicit.
    QApplication::setQuitOnLastWindowClosed(false);
    installLanguage(&app);

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    // REP-2: a papo-desk already running takes the link (or just comes to the front).
    papo::desk::DeskInstance instance;
    const QString link = parser.positionalArguments().value(0);
    if (instance.handOver(link))
        return 0;
    papo::desk::DeskApp desk;
    instance.listen();
    QObject::connect(&instance, &papo::desk::DeskInstance::linkReceived, &desk,
                     [&desk](const QString &received) {
                         if (!desk.openLink(received))
                             desk.bringToFront();
                     });
    if (parser.isSet(options.server))
        desk.setDefaultServerUrl(QUrl::fromUserInput(parser.value(options.server)));
    QObject::connect(&desk, &papo::desk::DeskApp::quitRequested, &app, &QCoreApplication::quit);
    desk.start(link);
    return app.exec();
}
