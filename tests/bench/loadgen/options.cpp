#include "options.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace papo::bench {

namespace {

[[noreturn]] void usageError(const QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "papo-loadgen: %s\n\n%s", qPrintable(message),
                 qPrintable(parser.helpText()));
    std::exit(2);
}

int positiveInt(const QCommandLineParser &parser, const QString &name, int fallback,
                int minimum = 1)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        usageError(
            parser,
            QStringLiteral("--%1 needs a whole number of at least %2").arg(name).arg(minimum));
    return value;
}

} // namespace

QUrl Options::webSocketUrl(const QString &path) const
{
    QUrl url = serverUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(path);
    return url;
}

int Options::clientsOf(int index) const
{
    if (clientsPerOperator > 0)
        return clientsPerOperator;
    return index % 5 == 0 ? 3 : 1;
}

int Options::operatorSockets() const
{
    int sockets = 0;
    for (int index = 0; index < operators; ++index)
        sockets += clientsOf(index);
    return sockets;
}

Options parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator for papo-server and the reference relay (tests/bench/README.md)."));
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *valueName = "N") {
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(valueName)});
    };
    option("role", "coordinator (default), visitors or operators.", "ROLE");
    option("url", "The server's base URL, http://127.0.0.1:PORT.", "URL");
    option("operator-url", "Another node's base URL for the operators (default --url).", "URL");
    option("key", "The website key for visitor hellos.", "KEY");
    option("email", "Operator login (default $PAPO_OWNER_EMAIL).", "EMAIL");
    option("password", "Operator password (default $PAPO_OWNER_PASSWORD).", "PASSWORD");
    option("server-pid", "The server's process id, for its memory and CPU.", "PID");
    option("label", "The server's name in the result file.", "NAME");
    option("visitors", "Visitor connections in total (default 1000).");
    option("count", "Connections of this child (children only).");
    option("operators", "Operator accounts (default 10); the first is the owner, the others "
                        "are invited.");
    option("clients-per-operator",
           "Sockets per operator account (default: 3 for every 5th account, else 1).", "K");
    option("tag", "Part of the invited operators' emails, unique per run.", "TAG");
    option("per-process", "Visitors per child process (default 2500).");
    option("window", "Connection attempts in flight per child (default 32).");
    option("rate", "Visitor messages per second in total (default 1000).");
    option("duration", "Seconds of message traffic (default 30).");
    option("idle", "Seconds of idle CPU measurement (default 10).");
    option("settle", "Seconds to wait after connecting, before reading memory (default 3).");
    option("grace", "Seconds to wait for deliveries after the traffic (default 5).");
    option("connect-timeout", "Seconds allowed for connecting every visitor (default 300).");
    option("index", "This child's number (children only).");
    parser.addOption({QStringLiteral("batches"),
                      QStringLiteral("Open --window visitors at once, the next batch when all "
                                     "are in (children only).")});
    option("phases",
           "Phases after connecting: burst, idle, traffic, storm, browse (default idle,traffic).",
           "LIST");
    option("burst", "Visitors of the burst phase (default 1000).");
    option("burst-batch", "Visitors opened at once in the burst phase (default 250).");
    option("after", "Seconds of server CPU measured after the traffic stops (default 60).");
    option("storm-duration", "Seconds of traffic during the reconnect storm (default 15).");
    option("restart-command",
           "Storm: a shell command that kills the server (-9), restarts it on the same port "
           "and prints its new process id.",
           "CMD");
    parser.addOption({QStringLiteral("stateless"),
                      QStringLiteral("Storm: the server keeps nothing; report only the time "
                                     "back, not lost or duplicated messages.")});
    option("browse-rate", "Page views per second in total in the browse phase (default 1500).");
    option("out", "Write the result as JSON to this file.", "FILE");
    parser.addOption(
        {QStringLiteral("compare"),
         QStringLiteral("Print the table comparing two result files (papo, reference).")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("With --compare: two result files."));
    parser.process(arguments);

    Options options;
    const QString role = parser.value(QStringLiteral("role"));
    if (parser.isSet(QStringLiteral("compare")))
        options.role = Options::Role::Compare;
    else if (role == QLatin1String("visitors"))
        options.role = Options::Role::Visitors;
    else if (role == QLatin1String("operators"))
        options.role = Options::Role::Operators;
    else if (!role.isEmpty() && role != QLatin1String("coordinator"))
        usageError(parser, QStringLiteral("unknown --role %1").arg(role));

    if (options.role == Options::Role::Compare) {
        options.compareFiles = parser.positionalArguments();
        if (options.compareFiles.size() != 2)
            usageError(parser, QStringLiteral("--compare needs two result files"));
        return options;
    }

    options.serverUrl = QUrl(parser.value(QStringLiteral("url")));
    if (!options.serverUrl.isValid() || options.serverUrl.host().isEmpty())
        usageError(parser, QStringLiteral("--url http://HOST:PORT is required"));
    options.operatorUrl = parser.isSet(QStringLiteral("operator-url"))
                              ? QUrl(parser.value(QStringLiteral("operator-url")))
                              : options.serverUrl;
    options.websiteKey = parser.value(QStringLiteral("key"));
    options.email = parser.isSet(QStringLiteral("email"))
                        ? parser.value(QStringLiteral("email"))
                        : qEnvironmentVariable("PAPO_OWNER_EMAIL");
    options.password = parser.isSet(QStringLiteral("password"))
                           ? parser.value(QStringLiteral("password"))
                           : qEnvironmentVariable("PAPO_OWNER_PASSWORD");
    options.serverPid = positiveInt(parser, QStringLiteral("server-pid"), 0, 0);
    if (parser.isSet(QStringLiteral("label")))
        options.label = parser.value(QStringLiteral("label"));
    options.visitors = positiveInt(parser, QStringLiteral("visitors"), options.visitors);
    // A child has one kind of connection: --count is its number of visitors or operators.
    if (parser.isSet(QStringLiteral("count")))
        options.visitors = options.operators = positiveInt(parser, QStringLiteral("count"), 1);
    else
        options.operators = positiveInt(parser, QStringLiteral("operators"), options.operators);
    options.clientsPerOperator = positiveInt(parser, QStringLiteral("clients-per-operator"), 0, 0);
    options.runTag = parser.isSet(QStringLiteral("tag"))
                         ? parser.value(QStringLiteral("tag"))
                         : QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    options.batches = parser.isSet(QStringLiteral("batches"));
    options.phases
        = parser.value(QStringLiteral("phases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!parser.isSet(QStringLiteral("phases")))
        options.phases = {QStringLiteral("idle"), QStringLiteral("traffic")};
    for (const QString &phase : std::as_const(options.phases)) {
        static const QStringList known{QStringLiteral("burst"), QStringLiteral("idle"),
                                       QStringLiteral("traffic"), QStringLiteral("storm"),
                                       QStringLiteral("browse")};
        if (!known.contains(phase))
            usageError(parser, QStringLiteral("unknown phase %1").arg(phase));
    }
    options.burstVisitors = positiveInt(parser, QStringLiteral("burst"), options.burstVisitors);
    options.burstBatch = positiveInt(parser, QStringLiteral("burst-batch"), options.burstBatch);
    options.afterSeconds = positiveInt(parser, QStringLiteral("after"), options.afterSeconds, 0);
    options.stormSeconds
        = positiveInt(parser, QStringLiteral("storm-duration"), options.stormSeconds);
    options.restartCommand = parser.value(QStringLiteral("restart-command"));
    options.stateless = parser.isSet(QStringLiteral("stateless"));
    if (parser.isSet(QStringLiteral("browse-rate"))) {
        bool ok = false;
        options.browseRate = parser.value(QStringLiteral("browse-rate")).toDouble(&ok);
        if (!ok || options.browseRate <= 0)
            usageError(parser, QStringLiteral("--browse-rate needs a positive number"));
    }
    if (options.hasPhase("storm") && options.restartCommand.isEmpty()
        && options.role == Options::Role::Coordinator)
        usageError(parser, QStringLiteral("the storm phase needs --restart-command"));
    options.perProcess = positiveInt(parser, QStringLiteral("per-process"), options.perProcess);
    options.window = positiveInt(parser, QStringLiteral("window"), options.window);
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        options.rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || options.rate <= 0)
            usageError(parser, QStringLiteral("--rate needs a positive number"));
    }
    options.durationSeconds
        = positiveInt(parser, QStringLiteral("duration"), options.durationSeconds);
    options.idleSeconds = positiveInt(parser, QStringLiteral("idle"), options.idleSeconds);
    options.settleSeconds = positiveInt(parser, QStringLiteral("settle"), options.settleSeconds, 0);
    options.graceSeconds = positiveInt(parser, QStringLiteral("grace"), options.graceSeconds, 0);
    options.connectTimeoutSeconds
        = positiveInt(parser, QStringLiteral("connect-timeout"), options.connectTimeoutSeconds);
    options.childIndex = positiveInt(parser, QStringLiteral("index"), 0, 0);
    options.outFile = parser.value(QStringLiteral("out"));

    // Each socket is a file descriptor (20,000 per process here), and one loopback address
    // pair has about 28,000 ephemeral ports: stay clear of both.
    if (options.perProcess > 15000)
        usageError(parser, QStringLiteral("--per-process is at most 15000 (file descriptors)"));
    const int burst = options.hasPhase("burst") ? options.burstVisitors : 0;
    if (options.visitors + burst + options.operatorSockets() > 28000)
        usageError(parser, QStringLiteral("at most 28000 connections: the ephemeral ports of one "
                                          "loopback address pair"));
    if (options.role == Options::Role::Visitors && options.websiteKey.isEmpty())
        usageError(parser, QStringLiteral("visitors need --key"));
    return options;
}

} // namespace papo::bench
