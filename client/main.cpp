// papo-desk: the operators' desktop app. Everything lives in papo_desk_core.
#include "app/deskapp.h"
#include "app/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Papo"));
    QApplication::setApplicationName(QStringLiteral("papo-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Papo"));
    QApplication::setApplicationVersion(QStringLiteral(PAPO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("papo-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/papo.svg")));
    // With the tray icon the window hides on close; quitting is explicit.
    QApplication::setQuitOnLastWindowClosed(false);

    papo::desk::TranslationLoader::install(&app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Server to suggest at the first login."),
        QStringLiteral("URL"));
    parser.addOption(serverOption);
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("main", "A papo:// link or an invite link to open."),
        QStringLiteral("[link]"));
    parser.process(app);

    papo::desk::DeskApp desk;
    if (parser.isSet(serverOption))
        desk.setDefaultServerUrl(QUrl::fromUserInput(parser.value(serverOption)));
    QObject::connect(&desk, &papo::desk::DeskApp::quitRequested, &app, &QCoreApplication::quit);
    desk.start(parser.positionalArguments().value(0));
    return app.exec();
}
