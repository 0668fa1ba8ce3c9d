#include "resulttable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

namespace papo::bench {

namespace {

struct Row
{
    const char *metric;
    std::function<double(const QJsonObject &)> value; // NaN: not measured
    int decimals;
};

std::optional<QJsonObject> readResult(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "papo-loadgen: cannot read %s\n", qPrintable(path));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::function<double(const QJsonObject &)> field(const char *name)
{
    return [name](const QJsonObject &result) {
        const QJsonValue value = result.value(QLatin1String(name));
        return value.isDouble() && value.toDouble() >= 0 ? value.toDouble() : NAN;
    };
}

// A latency of a summary object, in milliseconds.
std::function<double(const QJsonObject &)> latency(const char *summary, const char *name)
{
    return [summary, name](const QJsonObject &result) {
        const QJsonValue value
            = result.value(QLatin1String(summary)).toObject().value(QLatin1String(name));
        return value.isDouble() && value.toDouble() >= 0 ? value.toDouble() / 1000.0 : NAN;
    };
}

QString cell(double value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

} // namespace

int printComparison(const QString &papoFile, const QString &referenceFile)
{
    const auto papo = readResult(papoFile);
    const auto reference = readResult(referenceFile);
    if (!papo || !reference)
        return 1;

    const QList<Row> rows = {
        {"visitors connected (past hello + page_view)", field("connected"), 0},
        {"connections established / s", field("connectPerSecond"), 0},
        {"server CPU per connection (us)", field("serverConnectCpuMicros"), 0},
        {"server RSS per idle visitor (KiB)", field("rssPerVisitorKiB"), 2},
        {"server RSS, operators only (MiB)",
         [](const QJsonObject &r) { return field("rssBaselineKiB")(r) / 1024; }, 1},
        {"server RSS, all connected (MiB)",
         [](const QJsonObject &r) { return field("rssConnectedKiB")(r) / 1024; }, 1},
        {"server CPU idle (% of one core)", field("idleCpuPercent"), 2},
        {"server CPU under traffic (% of one core)", field("loadCpuPercent"), 1},
        {"server CPU after traffic (first 60 s, %)", field("afterCpuPercent"), 2},
        {"server CPU after traffic (last 10 s of those, %)", field("afterTailCpuPercent"), 2},
        {"visitor->operator p50 (ms)", latency("visitorToOperator", "p50Us"), 2},
        {"visitor->operator p99 (ms)", latency("visitorToOperator", "p99Us"), 2},
        {"visitor->operator max (ms)", latency("visitorToOperator", "maxUs"), 2},
        {"operator->visitor p50 (ms)", latency("operatorToVisitor", "p50Us"), 2},
        {"operator->visitor p99 (ms)", latency("operatorToVisitor", "p99Us"), 2},
        {"operator->visitor max (ms)", latency("operatorToVisitor", "maxUs"), 2},
        {"visitor message ack p99 (ms)", latency("visitorAck", "p99Us"), 2},
        {"visitor messages sent", field("visitorMessagesSent"), 0},
        {"operator replies sent", field("repliesSent"), 0},
        {"messages lost (acked, never delivered)",
         [](const QJsonObject &r) {
             return field("lostToOperators")(r) + field("lostToVisitors")(r);
         },
         0},
        {"messages never acked",
         [](const QJsonObject &r) {
             return field("visitorMessagesSent")(r) - field("visitorMessagesAcked")(r)
                    + field("repliesSent")(r) - field("repliesAcked")(r);
         },
         0},
        {"errors + dropped connections",
         [](const QJsonObject &r) { return field("errors")(r) + field("dropped")(r); }, 0},
        {"load generator CPU connecting (% of one core)", field("loadgenConnectCpuPercent"), 1},
        {"load generator CPU under traffic (% of one core)", field("loadgenCpuPercent"), 1},
        {"burst: connections (batches at once)", field("burstConnected"), 0},
        {"burst: seconds", field("burstSeconds"), 2},
        {"burst: listen queue overflows (machine-wide)", field("burstListenOverflows"), 0},
        {"storm: visitors back past hello", field("stormBack"), 0},
        {"storm: seconds from kill -9 to listening again", field("stormRestartSeconds"), 2},
        {"storm: seconds until every visitor is back", field("stormSeconds"), 2},
        {"storm: visitors closed again after coming back", field("stormDroppedAgain"), 0},
        {"storm: messages + replies acked in the storm", field("stormMessagesAcked"), 0},
        {"storm: messages lost (acked, never delivered)", field("stormLost"), 0},
        {"storm: messages duplicated", field("stormDuplicated"), 0},
        {"storm: listen queue overflows (machine-wide)", field("stormListenOverflows"), 0},
        {"browse: page views / s", field("browsePerSecond"), 0},
        {"visitor events per operator per second, max", field("visitorEventsMaxPerSecond"), 0},
        {"visitor updates per operator per second, max", field("visitorUpdatesMaxPerSecond"), 0},
        {"server CPU while browsing (% of one core)", field("browseCpuPercent"), 1},
        {"load generator CPU browsing (% of one core)", field("browseLoadgenCpuPercent"), 1},
    };

    const auto line
        = [](const QString &metric, const QString &a, const QString &b, const QString &ratio) {
              std::printf("| %-48s | %10s | %10s | %7s |\n", qPrintable(metric), qPrintable(a),
                          qPrintable(b), qPrintable(ratio));
          };
    line(QStringLiteral("metric"), QStringLiteral("papo"), QStringLiteral("reference"),
         QStringLiteral("ratio"));
    std::printf("|%s|%s|%s|%s|\n", qPrintable(QString(50, QLatin1Char('-'))),
                qPrintable(QString(11, QLatin1Char('-')) + QLatin1Char(':')),
                qPrintable(QString(11, QLatin1Char('-')) + QLatin1Char(':')),
                qPrintable(QString(8, QLatin1Char('-')) + QLatin1Char(':')));
    for (const Row &row : rows) {
        const double a = row.value(*papo);
        const double b = row.value(*reference);
        if (std::isnan(a) && std::isnan(b))
            continue; // a phase neither run had
        // The after-traffic window is --after seconds, 60 unless told.
        QString metric = QString::fromLatin1(row.metric);
        if (metric.contains(QLatin1String("(first 60 s")))
            metric.replace(QLatin1String("60"),
                           QString::number(field("afterSeconds")(*papo), 'f', 0));
        const bool comparable = !std::isnan(a) && !std::isnan(b) && b > 0;
        line(metric, cell(a, row.decimals), cell(b, row.decimals),
             comparable ? QString::number(a / b, 'f', 2) : QStringLiteral("-"));
    }
    for (const auto &[name, result] :
         {std::pair{"papo", papo}, std::pair{"reference", reference}}) {
        if (!std::isnan(field("burstSeconds")(*result)))
            std::printf("burst (%s): %.0f connections in %.2f s\n", name,
                        field("burstConnected")(*result), field("burstSeconds")(*result));
    }
    for (const auto &[name, result] :
         {std::pair{"papo", papo}, std::pair{"reference", reference}}) {
        if (result->contains(QLatin1String("stormBack")))
            std::printf("storm (%s): %.0f back in %s s, lost %s, duplicated %s\n", name,
                        field("stormBack")(*result),
                        qPrintable(cell(field("stormSeconds")(*result), 2)),
                        qPrintable(cell(field("stormLost")(*result), 0)),
                        qPrintable(cell(field("stormDuplicated")(*result), 0)));
    }
    std::printf("\nratio = papo / reference. Load generator event dispatcher: %s. %s and %s.\n",
                qPrintable(papo->value(QLatin1String("dispatcher")).toString()),
                papo->value(QLatin1String("completed")).toBool() ? "papo run completed"
                                                                 : "papo run INCOMPLETE",
                reference->value(QLatin1String("completed")).toBool() ? "reference run completed"
                                                                      : "reference run INCOMPLETE");
    return 0;
}

} // namespace papo::bench
