// papo-bench-desk: issue 17's targets for papo-desk, timed with QElapsedTimer on its real
// models and views under a display (xvfb-run, or QT_QPA_PLATFORM=offscreen): switching to a
// chat with 5,000 messages (against the real papo-server) and the visitors online list with
// 15,000 rows updating live (fed the server's JSON). Prints one table; see
// tests/bench/README.md.
#include "benchresults.h"
#include "conversationswitchbench.h"
#include "visitorsonlinebench.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace papo::bench;

int main(int argc, char *argv[])
{
#ifdef PAPO_BENCH_SERVER_BINARY
    if (qEnvironmentVariableIsEmpty("PAPO_SERVER_BINARY"))
        qputenv("PAPO_SERVER_BINARY", PAPO_BENCH_SERVER_BINARY);
#endif
    QApplication app(argc, argv);
    // Column choices and window places of the bench stay out of the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("papo-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("papo-bench-desk"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times papo-desk's conversation switch and visitors online list."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("messages"), QStringLiteral("Messages in the long chat (default 5000)."),
         QStringLiteral("N"), QStringLiteral("5000")},
        {QStringLiteral("switches"), QStringLiteral("Switches for the median (default 10)."),
         QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("visitors"), QStringLiteral("Visitors online (default 15000)."),
         QStringLiteral("N"), QStringLiteral("15000")},
        {QStringLiteral("rate"), QStringLiteral("Visitor changes per second (default 100)."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("seconds"), QStringLiteral("Seconds of live changes (default 10)."),
         QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("scroll-steps"), QStringLiteral("Page downs timed (default 50)."),
         QStringLiteral("N"), QStringLiteral("50")},
        {QStringLiteral("only"), QStringLiteral("conversation or visitors: one part only."),
         QStringLiteral("PART")},
    });
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    const auto number
        = [&](const char *name) { return qMax(1, parser.value(QLatin1String(name)).toInt()); };

    std::printf("papo-bench-desk on the %s platform; the chat comes from the real papo-server, "
                "the visitors are the server's JSON fed to the desk's models\n",
                qPrintable(QGuiApplication::platformName()));
    std::fflush(stdout);
    BenchResults results;
    if (only.isEmpty() || only == QLatin1String("conversation")) {
        ConversationSwitchBench conversations(results);
        if (!conversations.run(number("messages"), number("switches")))
            results.add(QStringLiteral("conversation switch"),
                        QStringLiteral("not measured: papo-server or the desk did not start"));
    }
    if (only.isEmpty() || only == QLatin1String("visitors")) {
        VisitorsOnlineBench visitors(results);
        visitors.run(number("visitors"), number("rate"), number("seconds"), number("scroll-steps"));
    }
    results.print();
    return 0;
}
