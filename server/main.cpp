#include <backupcommand.h>
#include <databasecopy.h>
#include <paposerver.h>
#include <resetpasswordcommand.h>

#ifdef Q_OS_LINUX
#include <epolleventdispatcher.h>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <optional>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2];

// Signals reach the event loop through a pipe: SIGTERM/SIGINT end it, so the database
// closes cleanly; SIGHUP calls `onHangup` (reloading the TLS certificate).
void watchSignals(QCoreApplication &app, std::function<void()> onHangup)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, onHangup] {
        char signal = 0;
        if (::read(signalPipe[1], &signal, 1) == 1 && signal == SIGHUP)
            onHangup();
        else
            app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int number) {
        const char byte = char(number);
        [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGHUP, &action, nullptr);
}

// Every connection is a descriptor: take all the system allows (often 1,024 soft of a far
// larger hard limit), so thousands of visitors do not hit an arbitrary ceiling.
void raiseOpenFileLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int refuse(const QString &message)
{
    std::fprintf(stderr, "papo-server: %s\n", qPrintable(message));
    return 2;
}

// The first line of --database-password-file, never shown anywhere.
// A number option between min and max (whole unless told otherwise); otherwise says what
// the option takes and gives nothing.
std::optional<double> rangeOption(const QCommandLineParser &parser,
                                  const QCommandLineOption &option, double min, double max,
                                  const char *unit, bool whole = true)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (ok && value >= min && value <= max && (!whole || value == std::trunc(value)))
        return value;
    std::fprintf(stderr, "papo-server: --%s takes %g to %g%s%s\n",
                 qPrintable(option.names().first()), min, max, *unit ? " " : "", unit);
    return std::nullopt;
}

bool readPasswordFile(const QString &path, QString *password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *password
        = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}

// --migrate-to: copies the SQLite database into an empty PostgreSQL one and exits.
int migrateToPostgreSql(const papo::server::DatabaseUrl &source,
                        const papo::server::DatabaseUrl &target)
{
    say(QStringLiteral("Copying %1 to %2").arg(source.redacted(), target.redacted()));
    papo::server::DatabaseCopy copy(source, target);
    QString error;
    if (!copy.run(say, &error)) {
        std::fprintf(stderr, "papo-server: --migrate-to: %s\n", qPrintable(error));
        return 1;
    }
    say(QStringLiteral("Done: every row copied and checked; %1 was only read. Start papo-server "
                       "with --database %2 and the same --data-dir (attachments and photos stay "
                       "there).")
            .arg(source.redacted(), target.redacted()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // Before the application object: Qt's stock loop polls every socket on each wake-up.
    papo::common::installEpollEventDispatcher();
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("papo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Papo live-chat server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on (default: all)."),
                                          QStringLiteral("ADDR"), QStringLiteral("0.0.0.0"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QStringLiteral("Port to listen on; 0 picks a free one (default 8080)."),
        QStringLiteral("N"), QStringLiteral("8080"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("Directory of the database (default ./data)."),
        QStringLiteral("DIR"), QStringLiteral("data"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds of silence before a socket is pinged; as long again without an "
                       "answer closes it (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption queueReturnOption(
        QStringLiteral("queue-return"),
        QStringLiteral("Seconds a visitor's message may wait for the owner's answer before the "
                       "conversation returns to the queue (default 120)."),
        QStringLiteral("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption notifyDelayOption(
        QStringLiteral("notify-delay"),
        QStringLiteral("Seconds before an operator's other connected clients are notified, after "
                       "the one they used last (default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption geoIpOption(
        QStringLiteral("geoip"),
        QStringLiteral("GeoLite2 / DB-IP City Lite .mmdb file for visitors' locations."),
        QStringLiteral("PATH"));
    const QCommandLineOption proxyOption(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Proxy whose X-Forwarded-For is believed: an address or CIDR range; "
                       "repeat or separate with commas."),
        QStringLiteral("ADDR"));
    const QCommandLineOption attachmentOption(
        QStringLiteral("attachment-limit"),
        QStringLiteral("Largest file a visitor or operator may send, in MiB (default 10)."),
        QStringLiteral("MIB"), QStringLiteral("10"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/NAME (default: "
                       "sqlite:DATA-DIR/papo.sqlite)."),
        QStringLiteral("URL"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("database-password-file"),
        QStringLiteral("File whose first line is the PostgreSQL password (else the URL's, "
                       "PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("FILE"));
    const QCommandLineOption migrateOption(
        QStringLiteral("migrate-to"),
        QStringLiteral("Copy the SQLite database into this empty PostgreSQL database, check the "
                       "copy and exit."),
        QStringLiteral("URL"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit-scale"),
        QStringLiteral("Multiplies every rate limit on visitors (docs/security.md); 0 lifts them "
                       "(default 1)."),
        QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption retentionOption(
        QStringLiteral("attachment-retention"),
        QStringLiteral("Days after a conversation's last activity when its files are removed; 0 "
                       "keeps them (default 0). Unsent uploads always go after a day."),
        QStringLiteral("DAYS"), QStringLiteral("0"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate chain: serve HTTPS and WSS (TLS 1.2+) on the port; "
                       "SIGHUP reloads it."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("PEM private key of --tls-cert."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption headTimeoutOption(
        QStringLiteral("head-timeout"),
        QStringLiteral("Seconds a request head (and a TLS handshake) may take (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption helloTimeoutOption(
        QStringLiteral("hello-timeout"),
        QStringLiteral("Seconds a new WebSocket may take to say hello before it is closed "
                       "(default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption publicUrlOption(
        QStringLiteral("public-url"),
        QStringLiteral("The server's address as people reach it, e.g. https://chat.example.com: "
                       "the base of invite and password links (default: the address papo-desk "
                       "connected to; for reset-password, the listen address)."),
        QStringLiteral("URL"));
    const QCommandLineOption smtpCaOption(
        QStringLiteral("smtp-ca"),
        QStringLiteral("PEM file of CA certificates to trust for the outgoing mail server's TLS "
                       "(default: the system's)."),
        QStringLiteral("FILE"));
    parser.addOptions({listenOption,      portOption,         dataOption,         idleOption,
                       queueReturnOption, notifyDelayOption,  geoIpOption,        proxyOption,
                       attachmentOption,  rateLimitOption,    retentionOption,    tlsCertOption,
                       tlsKeyOption,      headTimeoutOption,  helloTimeoutOption, publicUrlOption,
                       databaseOption,    passwordFileOption, migrateOption,      smtpCaOption});
    parser.addPositionalArgument(
        QStringLiteral("reset-password"),
        QStringLiteral("reset-password EMAIL prints a one-time link to choose a new password for "
                       "that account (works while the server runs) and exits."),
        QStringLiteral("[reset-password EMAIL | backup FILE | restore FILE]"));
    parser.addPositionalArgument(
        QStringLiteral("backup"),
        QStringLiteral("backup FILE copies the SQLite database to FILE while the server runs "
                       "(PostgreSQL: pg_dump) and exits."));
    parser.addPositionalArgument(
        QStringLiteral("restore"),
        QStringLiteral("restore FILE puts a backup in place of the SQLite database (refused while "
                       "a server runs on it; the old one is kept as .before-restore) and exits."));
    parser.process(app);

    QString password;
    if (parser.isSet(passwordFileOption)
        && !readPasswordFile(parser.value(passwordFileOption), &password))
        return refuse(QStringLiteral("--database-password-file: cannot read %1")
                          .arg(parser.value(passwordFileOption)));
    std::optional<papo::server::DatabaseUrl> database;
    for (const auto *option : {&databaseOption, &migrateOption}) {
        if (!parser.isSet(*option))
            continue;
        QString error;
        auto url = papo::server::DatabaseUrl::parse(parser.value(*option), &error);
        if (!url)
            return refuse(QStringLiteral("--%1: %2").arg(option->names().first(), error));
        url->setPasswordIfMissing(password);
        if (option == &migrateOption)
            return migrateToPostgreSql(database.value_or(papo::server::PapoServer::defaultDatabase(
                                           parser.value(dataOption))),
                                       *url);
        database = url;
    }

    papo::server::ServerConfig config;
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!config.address.setAddress(parser.value(listenOption)) || !portOk || port > 65535) {
        std::fprintf(stderr,
                     "papo-server: --listen needs an IP address and --port a number 0-65535\n");
        return 2;
    }
    config.port = quint16(port);
    const auto idle = rangeOption(parser, idleOption, 1, 3600, "seconds");
    const auto queueReturn = rangeOption(parser, queueReturnOption, 1, 86400, "seconds");
    const auto notifyDelay = rangeOption(parser, notifyDelayOption, 0, 3600, "seconds", false);
    const auto attachmentMiB = rangeOption(parser, attachmentOption, 1, 100, "MiB");
    const auto headTimeout = rangeOption(parser, headTimeoutOption, 1, 300, "seconds");
    const auto helloTimeout = rangeOption(parser, helloTimeoutOption, 1, 300, "seconds");
    const auto retention = rangeOption(parser, retentionOption, 0, 36500, "days");
    const auto scale = rangeOption(parser, rateLimitOption, 0, 1000, "", false);
    if (!idle || !queueReturn || !notifyDelay || !attachmentMiB || !headTimeout || !helloTimeout
        || !retention || !scale)
        return 2;
    config.idleTimeoutSeconds = int(*idle);
    config.queueReturnSeconds = int(*queueReturn);
    config.notifyDelayMs = qRound64(*notifyDelay * 1000);
    config.attachmentLimitBytes = qint64(*attachmentMiB) * 1024 * 1024;
    config.headTimeoutSeconds = int(*headTimeout);
    config.helloTimeoutSeconds = int(*helloTimeout);
    config.attachmentRetentionDays = int(*retention);
    config.rateLimitScale = *scale;
    config.tlsCertificatePath = parser.value(tlsCertOption);
    config.tlsKeyPath = parser.value(tlsKeyOption);
    config.smtpCaFile = parser.value(smtpCaOption);
    config.dataDir = parser.value(dataOption);
    config.database = database;
    if (parser.isSet(publicUrlOption)) {
        config.publicUrl = QUrl(parser.value(publicUrlOption), QUrl::StrictMode);
        const QString scheme = config.publicUrl.scheme();
        if (!config.publicUrl.isValid() || config.publicUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            std::fprintf(stderr, "papo-server: --public-url needs an http(s) URL with a host\n");
            return 2;
        }
    }
    const bool anyAddress = config.address == QHostAddress::Any
                            || config.address == QHostAddress::AnyIPv4
                            || config.address == QHostAddress::AnyIPv6;
    const QString host = anyAddress ? QStringLiteral("127.0.0.1") : config.address.toString();

    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty()) {
        if (command.size() == 2 && command.first() == QLatin1String("backup"))
            return papo::server::BackupCommand(database, config.dataDir).backup(command.at(1));
        if (command.size() == 2 && command.first() == QLatin1String("restore"))
            return papo::server::BackupCommand(database, config.dataDir).restore(command.at(1));
        if (command.size() != 2 || command.first() != QLatin1String("reset-password")) {
            std::fprintf(stderr, "papo-server: the commands are reset-password EMAIL, backup FILE "
                                 "and restore FILE\n");
            return 2;
        }
        QUrl listenUrl;
        listenUrl.setScheme(config.tlsCertificatePath.isEmpty() ? QStringLiteral("http")
                                                                : QStringLiteral("https"));
        listenUrl.setHost(host);
        listenUrl.setPort(config.port);
        return papo::server::ResetPasswordCommand(database, config.dataDir,
                                                  config.publicUrl.isEmpty() ? listenUrl
                                                                             : config.publicUrl)
            .run(command.at(1));
    }
    config.geoIpPath = parser.value(geoIpOption);
    for (const QString &value : parser.values(proxyOption)) {
        for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            config.trustedProxies << entry.trimmed();
    }
    config.ownerEmail = qEnvironmentVariable("PAPO_OWNER_EMAIL");
    config.ownerPassword = qEnvironmentVariable("PAPO_OWNER_PASSWORD");
    config.ownerName = qEnvironmentVariable("PAPO_OWNER_NAME");

    raiseOpenFileLimit();
    papo::server::PapoServer server;
    papo::server::StartInfo info;
    QString error;
    if (!server.start(config, &info, &error)) {
        std::fprintf(stderr, "papo-server: %s\n", qPrintable(error));
        return 1;
    }
    watchSignals(app, [&server] {
        QString reloadError;
        if (server.reloadTls(&reloadError))
            say(QStringLiteral("TLS certificate reloaded"));
        else
            std::fprintf(stderr, "papo-server: TLS certificate not reloaded: %s\n",
                         qPrintable(reloadError));
    });

    const QString base = QStringLiteral("%1://%2:%3")
                             .arg(info.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                             .arg(info.port);
    say(QStringLiteral("Papo server %1 listening on %2")
            .arg(QCoreApplication::applicationVersion(), base));
    say(QStringLiteral("Database: %1").arg(info.database));
    say(QStringLiteral("Website key: %1").arg(info.websiteKey));
    say(QStringLiteral("Demo page: %1/demo").arg(base));
    say(QStringLiteral("Widget snippet: <script>window.PapoID='%1';</script>"
                       "<script async src=\"%2/widget.js\"></script>")
            .arg(info.websiteKey, base));
    if (!info.generatedPassword.isEmpty())
        say(QStringLiteral("Owner account created: %1 / %2 (shown once; keep it safe)")
                .arg(info.ownerEmail, info.generatedPassword));
    return app.exec();
}
