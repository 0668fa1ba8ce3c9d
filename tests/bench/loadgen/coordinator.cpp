#include "coordinator.h"

#include "benchclock.h"
#include "children.h"
#include "latencyhistogram.h"
#include "sequencebits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace papo::bench {

namespace {

void note(const QString &label, const QString &line)
{
    std::fprintf(stderr, "[%s] %s\n", qPrintable(label), qPrintable(line));
    std::fflush(stderr);
}

void sleepSeconds(int seconds)
{
    QThread::msleep(ulong(seconds) * 1000);
}

QString milliseconds(qint64 microseconds)
{
    return microseconds < 0 ? QStringLiteral("-")
                            : QString::number(double(microseconds) / 1000.0, 'f', 2);
}

} // namespace

Coordinator::Coordinator(Options options)
    : m_options(std::move(options))
{
    if (m_options.serverPid > 0)
        m_server.emplace(m_options.serverPid);
    // The operators child reads the password from the environment, not from its command line.
    qputenv("PAPO_OWNER_EMAIL", m_options.email.toUtf8());
    qputenv("PAPO_OWNER_PASSWORD", m_options.password.toUtf8());
}

Coordinator::~Coordinator() = default; // each ChildProcess asks its child to quit

qint64 Coordinator::serverRssKiB() const
{
    return m_server ? m_server->rssKiB() : -1;
}

double Coordinator::serverCpuSeconds() const
{
    return m_server ? m_server->cpuSeconds() : -1;
}

double Coordinator::childrenCpuSeconds() const
{
    double total = ProcessProbe(m_operators->pid()).cpuSeconds();
    for (const auto &child : m_visitors)
        total += ProcessProbe(child->pid()).cpuSeconds();
    return total;
}

int Coordinator::run()
{
    m_result = {{QLatin1String("server"), m_options.label},
                {QLatin1String("visitors"), m_options.visitors},
                {QLatin1String("operators"), m_options.operators},
                {QLatin1String("rate"), m_options.rate},
                {QLatin1String("durationSeconds"), m_options.durationSeconds},
                {QLatin1String("idleSeconds"), m_options.idleSeconds}};
    bool completed = startOperators() && startVisitors() && connectVisitors();
    if (completed) {
        measureIdle();
        completed = runTraffic() && collectReports();
    }
    m_result.insert(QLatin1String("completed"), completed);
    writeResult();
    return completed ? 0 : 1;
}

bool Coordinator::startOperators()
{
    m_operators = std::make_unique<ChildProcess>(
        QStringLiteral("operators"),
        QStringList{QStringLiteral("--role"), QStringLiteral("operators"), QStringLiteral("--url"),
                    m_options.operatorUrl.toString(), QStringLiteral("--count"),
                    QString::number(m_options.operators)});
    const auto ready = m_operators->start() ? m_operators->waitFor(QStringLiteral("ready"), 60000)
                                            : std::nullopt;
    if (!ready) {
        note(m_options.label, QStringLiteral("the operators did not come online"));
        return false;
    }
    m_result.insert(QLatin1String("dispatcher"), ready->value(QLatin1String("dispatcher")));
    note(m_options.label, QStringLiteral("%1 operators online (loadgen event dispatcher: %2)")
                              .arg(m_options.operators)
                              .arg(ready->value(QLatin1String("dispatcher")).toString()));
    sleepSeconds(m_options.settleSeconds);
    m_baselineRssKiB = serverRssKiB();
    m_result.insert(QLatin1String("rssBaselineKiB"), m_baselineRssKiB);
    return true;
}

bool Coordinator::startVisitors()
{
    const int processes = (m_options.visitors + m_options.perProcess - 1) / m_options.perProcess;
    for (int index = 0; index < processes; ++index) {
        const int share
            = m_options.visitors / processes + (index < m_options.visitors % processes ? 1 : 0);
        m_shares.append(share);
        auto child = std::make_unique<ChildProcess>(
            QStringLiteral("visitors-%1").arg(index),
            QStringList{QStringLiteral("--role"), QStringLiteral("visitors"),
                        QStringLiteral("--url"), m_options.serverUrl.toString(),
                        QStringLiteral("--key"), m_options.websiteKey, QStringLiteral("--count"),
                        QString::number(share), QStringLiteral("--index"), QString::number(index),
                        QStringLiteral("--window"), QString::number(m_options.window),
                        QStringLiteral("--connect-timeout"),
                        QString::number(m_options.connectTimeoutSeconds)});
        if (!child->start() || !child->waitFor(QStringLiteral("ready"), 30000)) {
            note(m_options.label, QStringLiteral("visitor process %1 did not start").arg(index));
            return false;
        }
        m_visitors.push_back(std::move(child));
    }
    m_result.insert(QLatin1String("visitorProcesses"), processes);
    return true;
}

bool Coordinator::connectVisitors()
{
    note(m_options.label, QStringLiteral("connecting %1 visitors from %2 processes")
                              .arg(m_options.visitors)
                              .arg(m_visitors.size()));
    const double loadgenBefore = childrenCpuSeconds();
    const qint64 startNs = monotonicNs();
    for (const auto &child : m_visitors)
        child->command(QStringLiteral("connect"));
    qint64 doneNs = startNs;
    int failed = 0;
    for (const auto &child : m_visitors) {
        const auto connected = child->waitFor(QStringLiteral("connected"),
                                              (m_options.connectTimeoutSeconds + 30) * 1000);
        if (!connected) {
            note(m_options.label, QStringLiteral("%1 stopped while connecting").arg(child->name()));
            return false;
        }
        m_connected += connected->value(QLatin1String("ready")).toInt();
        failed += connected->value(QLatin1String("failed")).toInt();
        doneNs = qMax(doneNs, connected->value(QLatin1String("doneNs")).toInteger());
    }
    const double seconds = double(doneNs - startNs) / 1e9;
    const double loadgenCpu = childrenCpuSeconds() - loadgenBefore;
    m_result.insert(QLatin1String("loadgenConnectCpuPercent"),
                    100.0 * loadgenCpu / (double(monotonicNs() - startNs) / 1e9));
    m_result.insert(QLatin1String("connected"), m_connected);
    m_result.insert(QLatin1String("connectFailed"), failed);
    m_result.insert(QLatin1String("connectSeconds"), seconds);
    m_result.insert(QLatin1String("connectPerSecond"), seconds > 0 ? m_connected / seconds : 0);
    note(m_options.label,
         QStringLiteral("%1 visitors past hello + page_view in %2 s (%3/s), %4 failed")
             .arg(m_connected)
             .arg(seconds, 0, 'f', 2)
             .arg(seconds > 0 ? m_connected / seconds : 0, 0, 'f', 0)
             .arg(failed));
    return m_connected > 0;
}

void Coordinator::measureIdle()
{
    sleepSeconds(m_options.settleSeconds);
    const qint64 rss = serverRssKiB();
    m_result.insert(QLatin1String("rssConnectedKiB"), rss);
    if (rss >= 0 && m_baselineRssKiB >= 0)
        m_result.insert(QLatin1String("rssPerVisitorKiB"),
                        double(rss - m_baselineRssKiB) / m_connected);

    const double before = serverCpuSeconds();
    const qint64 startNs = monotonicNs();
    sleepSeconds(m_options.idleSeconds);
    const double elapsed = double(monotonicNs() - startNs) / 1e9;
    const double idleCpu = 100.0 * (serverCpuSeconds() - before) / elapsed;
    m_result.insert(QLatin1String("idleCpuPercent"), m_server ? idleCpu : -1);
    note(m_options.label,
         QStringLiteral("server RSS %1 KiB (baseline %2 KiB, %3 KiB per visitor), "
                        "idle CPU %4% of one core")
             .arg(rss)
             .arg(m_baselineRssKiB)
             .arg(m_result.value(QLatin1String("rssPerVisitorKiB")).toDouble(), 0, 'f', 2)
             .arg(idleCpu, 0, 'f', 2));
}

bool Coordinator::runTraffic()
{
    note(m_options.label, QStringLiteral("sending %1 visitor messages/s for %2 s")
                              .arg(m_options.rate)
                              .arg(m_options.durationSeconds));
    const double serverBefore = serverCpuSeconds();
    const double loadgenBefore = childrenCpuSeconds();
    const qint64 startNs = monotonicNs();
    for (size_t index = 0; index < m_visitors.size(); ++index) {
        const double rate = m_options.rate * m_shares.at(int(index)) / m_options.visitors;
        m_visitors[index]->command(QStringLiteral("traffic %1 %2")
                                       .arg(rate, 0, 'f', 3)
                                       .arg(qint64(m_options.durationSeconds) * 1000));
    }
    for (const auto &child : m_visitors) {
        if (!child->waitFor(QStringLiteral("traffic_done"),
                            (m_options.durationSeconds + 60) * 1000)) {
            note(m_options.label,
                 QStringLiteral("%1 stopped during the traffic").arg(child->name()));
            return false;
        }
    }
    const double elapsed = double(monotonicNs() - startNs) / 1e9;
    m_result.insert(QLatin1String("loadCpuPercent"),
                    m_server ? 100.0 * (serverCpuSeconds() - serverBefore) / elapsed : -1);
    m_result.insert(QLatin1String("loadgenCpuPercent"),
                    100.0 * (childrenCpuSeconds() - loadgenBefore) / elapsed);
    sleepSeconds(
        m_options.graceSeconds); // deliveries still on their way count, later ones are lost
    return true;
}

bool Coordinator::collectReports()
{
    m_operators->command(QStringLiteral("report"));
    const auto operators = m_operators->waitFor(QStringLiteral("report"), 60000);
    if (!operators) {
        note(m_options.label, QStringLiteral("the operators sent no report"));
        return false;
    }
    LatencyHistogram ackLatency;
    LatencyHistogram replyLatency;
    SequenceBits repliesReceived;
    qint64 sent = 0, acked = 0, lostToOperators = 0, errors = 0, dropped = 0;
    const QJsonArray received = operators->value(QLatin1String("received")).toArray();
    for (size_t index = 0; index < m_visitors.size(); ++index) {
        m_visitors[index]->command(QStringLiteral("report"));
        const auto report = m_visitors[index]->waitFor(QStringLiteral("report"), 60000);
        if (!report) {
            note(m_options.label,
                 QStringLiteral("%1 sent no report").arg(m_visitors[index]->name()));
            return false;
        }
        ackLatency.merge(
            LatencyHistogram::fromJson(report->value(QLatin1String("ackLatency")).toArray()));
        replyLatency.merge(
            LatencyHistogram::fromJson(report->value(QLatin1String("replyLatency")).toArray()));
        repliesReceived.unite(
            SequenceBits::fromBase64(report->value(QLatin1String("repliesReceived")).toString()));
        const SequenceBits ackedHere
            = SequenceBits::fromBase64(report->value(QLatin1String("acked")).toString());
        sent += report->value(QLatin1String("sent")).toInteger();
        acked += ackedHere.count();
        errors += report->value(QLatin1String("errors")).toInteger();
        dropped += report->value(QLatin1String("dropped")).toInteger();
        // Every operator should have received every acknowledged message of this child.
        for (const QJsonValue &byChild : received) {
            const auto bits = SequenceBits::fromBase64(
                byChild.toObject().value(QString::number(index)).toString());
            lostToOperators += ackedHere.countMissingFrom(bits);
        }
    }
    const SequenceBits repliesAcked
        = SequenceBits::fromBase64(operators->value(QLatin1String("repliesAcked")).toString());
    const qint64 repliesSent = operators->value(QLatin1String("repliesSent")).toInteger();
    const qint64 lostToVisitors = repliesAcked.countMissingFrom(repliesReceived);
    const LatencyHistogram delivery
        = LatencyHistogram::fromJson(operators->value(QLatin1String("deliveryLatency")).toArray());
    const LatencyHistogram replyAck
        = LatencyHistogram::fromJson(operators->value(QLatin1String("replyAckLatency")).toArray());

    m_result.insert(QLatin1String("visitorToOperator"), delivery.summary());
    m_result.insert(QLatin1String("operatorToVisitor"), replyLatency.summary());
    m_result.insert(QLatin1String("visitorAck"), ackLatency.summary());
    m_result.insert(QLatin1String("operatorAck"), replyAck.summary());
    m_result.insert(QLatin1String("visitorMessagesSent"), sent);
    m_result.insert(QLatin1String("visitorMessagesAcked"), acked);
    m_result.insert(QLatin1String("repliesSent"), repliesSent);
    m_result.insert(QLatin1String("repliesAcked"), repliesAcked.count());
    m_result.insert(QLatin1String("lostToOperators"), lostToOperators);
    m_result.insert(QLatin1String("lostToVisitors"), lostToVisitors);
    m_result.insert(QLatin1String("errors"),
                    errors + operators->value(QLatin1String("errors")).toInteger());
    m_result.insert(QLatin1String("dropped"),
                    dropped + operators->value(QLatin1String("dropped")).toInteger());
    m_result.insert(QLatin1String("duplicates"),
                    operators->value(QLatin1String("duplicates")).toInteger());

    note(m_options.label,
         QStringLiteral("visitor→operator p50 %1 ms, p99 %2 ms, max %3 ms (%4 deliveries)")
             .arg(milliseconds(delivery.percentile(50)), milliseconds(delivery.percentile(99)),
                  milliseconds(delivery.max()))
             .arg(delivery.count()));
    note(m_options.label,
         QStringLiteral("operator→visitor p50 %1 ms, p99 %2 ms, max %3 ms (%4 deliveries)")
             .arg(milliseconds(replyLatency.percentile(50)),
                  milliseconds(replyLatency.percentile(99)), milliseconds(replyLatency.max()))
             .arg(replyLatency.count()));
    note(m_options.label,
         QStringLiteral("sent %1 (acked %2) visitor messages and %3 (acked %4) replies; "
                        "lost %5 to operators, %6 to visitors")
             .arg(sent)
             .arg(acked)
             .arg(repliesSent)
             .arg(repliesAcked.count())
             .arg(lostToOperators)
             .arg(lostToVisitors));
    return true;
}

void Coordinator::writeResult() const
{
    if (m_options.outFile.isEmpty())
        return;
    QFile file(m_options.outFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        note(m_options.label, QStringLiteral("cannot write %1").arg(m_options.outFile));
        return;
    }
    file.write(QJsonDocument(m_result).toJson());
}

} // namespace papo::bench
