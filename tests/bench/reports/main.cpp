// papo-bench-reports: how long every report shape takes on a database filled by
// papo-bench-reportdata (docs/performance.md), computed by ReportService exactly as
// papo-server computes the `report` request; then, with --server, the visitors' email export
// (EXP-1) through a real papo-server over HTTP: rows per second and the server's memory growth.
#include <accountrepository.h>
#include <database.h>
#include <grouprepository.h>
#include <reportrunner.h>
#include <secrets.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace papo::server;

namespace {

struct Shape
{
    const char *name;
    int days;
    ReportBucket bucket;
    bool oneOperator = false;
    bool oneGroup = false;
    const char *zone = "America/Sao_Paulo";
};

// The report's time in ms, best of `runs`, from asking to the answer on this thread, as
// papo-server's `report` request runs it; *cpuMs: the process's CPU time in the last run (the
// worker's, as this thread only waits), which a loaded machine does not inflate.
double timeReport(ReportRunner &runner, const Shape &shape, const QList<OperatorRecord> &operators,
                  const QList<GroupRecord> &groups, int runs, qint64 *chats, double *cpuMs)
{
    const QTimeZone zone(shape.zone);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    QString error;
    const auto period
        = ReportPeriod::make(today.addDays(1 - shape.days), today, zone, shape.bucket, &error);
    if (!period) {
        std::fprintf(stderr, "papo-bench-reports: %s\n", qPrintable(error));
        std::exit(1);
    }
    ReportQuery query{*period, shape.oneOperator ? operators.value(1).id : 0,
                      shape.oneGroup ? groups.value(0).id : 0, QString()};
    double best = 1e18;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpuBefore = std::clock();
        std::optional<QJsonObject> report;
        QEventLoop loop;
        runner.build(query, operators, groups, [&](const std::optional<QJsonObject> &result) {
            report = result;
            loop.quit();
        });
        loop.exec();
        best = std::min(best, clock.nsecsElapsed() / 1e6);
        *cpuMs = double(std::clock() - cpuBefore) * 1000.0 / CLOCKS_PER_SEC;
        if (!report) {
            std::fprintf(stderr, "papo-bench-reports: %s failed\n", shape.name);
            std::exit(1);
        }
        *chats = qint64(report->value(QLatin1String("total"))
                            .toObject()
                            .value(QLatin1String("total"))
                            .toObject()
                            .value(QLatin1String("chats"))
                            .toDouble());
    }
    return best;
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+)"));
    return rss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// Starts papo-server on the database, signs in and downloads the visitors' emails of the whole
// span, counting rows as they arrive and sampling the server's resident memory meanwhile.
int benchExport(const QString &binary, const QString &database, int days)
{
    QTemporaryDir dataDir;
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(binary,
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir.path(),
                  QStringLiteral("--database"), database});
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QString output;
    QString port;
    while (port.isEmpty() && server.waitForReadyRead(60000)) {
        output += QString::fromUtf8(server.readAll());
        port = listening.match(output).captured(1);
    }
    if (port.isEmpty()) {
        std::fprintf(stderr, "papo-server did not start: %s\n", qPrintable(output));
        return 1;
    }
    const QString base = QStringLiteral("http://127.0.0.1:") + port;
    QNetworkAccessManager network;
    QNetworkRequest login(QUrl(base + QStringLiteral("/api/login")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *loginReply = network.post(
        login, QJsonDocument(
                   QJsonObject{{QLatin1String("email"), QStringLiteral("owner@papo.test")},
                               {QLatin1String("password"), QStringLiteral("bench-password-123")}})
                   .toJson());
    QEventLoop loop;
    QObject::connect(loginReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString token = QJsonDocument::fromJson(loginReply->readAll())
                              .object()
                              .value(QLatin1String("token"))
                              .toString();
    loginReply->deleteLater();
    if (token.isEmpty()) {
        std::fprintf(stderr, "papo-bench-reports: could not sign in\n");
        return 1;
    }
    const QDate today = QDate::currentDate();
    QUrl url(base + QStringLiteral("/api/exports/visitors.csv"));
    url.setQuery(QUrlQuery{{QStringLiteral("from"), today.addDays(-days).toString(Qt::ISODate)},
                           {QStringLiteral("to"), today.addDays(1).toString(Qt::ISODate)},
                           {QStringLiteral("timeZone"), QStringLiteral("America/Sao_Paulo")}});
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const qint64 pid = server.processId();
    const qint64 baseline = residentKiB(pid);
    qint64 peak = baseline, rows = 0, bytes = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, residentKiB(pid)); });
    sampler.start(20);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        const QByteArray chunk = reply->readAll();
        bytes += chunk.size();
        rows += chunk.count('\n');
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    peak = std::max(peak, residentKiB(pid));
    rows -= 1; // the header
    std::printf("visitors' email export: %lld rows, %.1f MiB in %.2f s = %.0f rows/s; server "
                "RSS %.1f MiB before, peak %.1f MiB (+%.1f MiB)\n",
                rows, bytes / 1048576.0, seconds, rows / seconds, baseline / 1024.0, peak / 1024.0,
                (peak - baseline) / 1024.0);
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    server.terminate();
    server.waitForFinished(10000);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times every report shape."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("sqlite:PATH or postgresql://… (required)."),
         QStringLiteral("URL")},
        {QStringLiteral("runs"), QStringLiteral("Runs per shape, best kept (default 3)."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("server"),
         QStringLiteral("papo-server binary: also time the visitors' email export."),
         QStringLiteral("PATH")},
        {QStringLiteral("only-export"), QStringLiteral("Skip the reports.")},
        {QStringLiteral("shape"), QStringLiteral("Only the report shapes whose name has TEXT."),
         QStringLiteral("TEXT")},
    });
    parser.process(app);
    QString error;
    const QString databaseText = parser.value(QStringLiteral("database"));
    const auto url = DatabaseUrl::parse(databaseText, &error);
    Database database;
    if (!url || !Secrets::initialize() || !database.open(*url, &error)) {
        std::fprintf(stderr, "papo-bench-reports: %s\n", qPrintable(error));
        return 1;
    }
    AccountRepository accounts(database.connection());
    GroupRepository groupRepository(database.connection());
    const QList<OperatorRecord> operators = accounts.operators();
    const QList<GroupRecord> groups = groupRepository.groups();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const Shape shapes[] = {
        {"last 30 days, one operator", 30, ReportBucket::Day, true},
        {"last 30 days, group Suporte", 30, ReportBucket::Day, false, true},
        {"last 30 days per day", 30, ReportBucket::Day},
        {"last 7 days per hour", 7, ReportBucket::Hour},
        {"last 41 days per hour (the most hours)", 41, ReportBucket::Hour},
        {"whole year, group Suporte, per week", 365, ReportBucket::Week, false, true},
        {"whole year per month", 365, ReportBucket::Month},
        {"whole year per day", 365, ReportBucket::Day},
    };
    ReportRunner runner(database.url(), systemClock());
    const auto print = [&](const Shape &shape, int shapeRuns) {
        qint64 chats = 0;
        double cpuMs = 0;
        const double ms = timeReport(runner, shape, operators, groups, shapeRuns, &chats, &cpuMs);
        std::printf("%-46s %9.1f ms  CPU %9.1f ms  (%lld chats)\n", shape.name, ms, cpuMs, chats);
        std::fflush(stdout);
    };
    if (!parser.isSet(QStringLiteral("only-export"))) {
        // Once: every chat not summarized yet (all of them after papo-bench-reportdata or an
        // upgrade), then the zone's day rows the first time it is asked for.
        print({"first report: summarize every chat, zone rows", 30, ReportBucket::Day}, 1);
        const QString only = parser.value(QStringLiteral("shape"));
        for (const Shape &shape : shapes) {
            if (QString::fromUtf8(shape.name).contains(only))
                print(shape, runs);
        }
        print({"first report in another zone (Manaus)", 365, ReportBucket::Month, false, false,
               "America/Manaus"},
              1);
    }
    if (parser.isSet(QStringLiteral("server")))
        return benchExport(parser.value(QStringLiteral("server")), databaseText, 366);
    return 0;
}
