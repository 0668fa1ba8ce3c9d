// papo-desk: the operators' desktop app. Everything lives in papo_desk_core.
#include "app/deskapp.h"
#include "app/deskinstance.h"
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
    if (parser.isSet(serverOption))
        desk.setDefaultServerUrl(QUrl::fromUserInput(parser.value(serverOption)));
    QObject::connect(&desk, &papo::desk::DeskApp::quitRequested, &app, &QCoreApplication::quit);
    desk.start(link);
    return app.exec();
}
