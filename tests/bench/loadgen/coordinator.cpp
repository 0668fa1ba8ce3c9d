#include "coordinator.h"

#include "benchclock.h"
#include "progress.h"
#include "reconnectstorm.h"

#include <QFile>
#include <QJsonDocument>

namespace papo::bench {

Coordinator::Coordinator(Options options)
    : m_options(std::move(options))
    , m_reports(m_options.label)
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
                {QLatin1String("operatorSockets"), m_options.operatorSockets()},
                {QLatin1String("phases"), m_options.phases.join(QLatin1Char(','))},
                {QLatin1String("rate"), m_options.rate},
                {QLatin1String("durationSeconds"), m_options.durationSeconds},
                {QLatin1String("idleSeconds"), m_options.idleSeconds}};
    bool completed = startOperators() && startVisitors() && connectVisitors();
    if (completed)
        measureMemory();
    if (completed && m_options.hasPhase("idle"))
        measureIdle();
    if (completed && m_options.hasPhase("burst"))
        completed = runBurst();
    if (completed && m_options.hasPhase("traffic")) {
        completed = runTraffic(m_options.durationSeconds);
        if (completed) {
            measureAfterTraffic();
            completed = m_reports.collect(*m_operators, m_visitors, &m_result);
        }
    }
    if (completed && m_options.hasPhase("storm"))
        completed = ReconnectStorm(m_options, *m_operators, m_visitors, m_shares, m_reports)
                        .run(m_server, m_result);
    if (completed && m_options.hasPhase("browse"))
        completed = runBrowse();
    m_result.insert(QLatin1String("completed"), completed);
    writeResult();
    return completed ? 0 : 1;
}

bool Coordinator::startOperators()
{
    QStringList arguments{QStringLiteral("--role"),      QStringLiteral("operators"),
                          QStringLiteral("--url"),       m_options.operatorUrl.toString(),
                          QStringLiteral("--operators"), QString::number(m_options.operators),
                          QStringLiteral("--tag"),       m_options.runTag};
    if (m_options.clientsPerOperator > 0)
        arguments << QStringLiteral("--clients-per-operator")
                  << QString::number(m_options.clientsPerOperator);
    m_operators = std::make_unique<ChildProcess>(QStringLiteral("operators"), arguments);
    // Accepting an invite hashes a password: allow a few seconds per account on a busy machine.
    const int readyMs = 60000 + 3000 * m_options.operators;
    const auto ready = m_operators->start() ? m_operators->waitFor(QStringLiteral("ready"), readyMs)
                                            : std::nullopt;
    if (!ready) {
        note(m_options.label, QStringLiteral("the operators did not come online"));
        return false;
    }
    m_result.insert(QLatin1String("dispatcher"), ready->value(QLatin1String("dispatcher")));
    note(m_options.label,
         QStringLiteral("%1 operator accounts online on %2 sockets (loadgen event dispatcher: %3)")
             .arg(m_options.operators)
             .arg(m_options.operatorSockets())
             .arg(ready->value(QLatin1String("dispatcher")).toString()));
    sleepSeconds(m_options.settleSeconds);
    m_baselineRssKiB = serverRssKiB();
    m_result.insert(QLatin1String("rssBaselineKiB"), m_baselineRssKiB);
    return true;
}

std::unique_ptr<ChildProcess> Coordinator::visitorChild(int index, int count, int window,
                                                        bool batches) const
{
    QStringList arguments{QStringLiteral("--role"),
                          QStringLiteral("visitors"),
                          QStringLiteral("--url"),
                          m_options.serverUrl.toString(),
                          QStringLiteral("--key"),
                          m_options.websiteKey,
                          QStringLiteral("--count"),
                          QString::number(count),
                          QStringLiteral("--index"),
                          QString::number(index),
                          QStringLiteral("--window"),
                          QString::number(window),
                          QStringLiteral("--connect-timeout"),
                          QString::number(m_options.connectTimeoutSeconds)};
    if (batches)
        arguments << QStringLiteral("--batches");
    auto child = std::make_unique<ChildProcess>(index < int(m_shares.size())
                                                    ? QStringLiteral("visitors-%1").arg(index)
                                                    : QStringLiteral("burst"),
                                                arguments);
    if (!child->start() || !child->waitFor(QStringLiteral("ready"), 30000))
        return nullptr;
    return child;
}

bool Coordinator::startVisitors()
{
    const int processes = (m_options.visitors + m_options.perProcess - 1) / m_options.perProcess;
    for (int index = 0; index < processes; ++index) {
        const int share
            = m_options.visitors / processes + (index < m_options.visitors % processes ? 1 : 0);
        m_shares.append(share);
        auto child = visitorChild(index, share, m_options.window, false);
        if (!child) {
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
    const double serverBefore = serverCpuSeconds();
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
    // What a connection costs the server, steadier between runs than the rate, which the
    // generator's processes on the same cores limit too.
    if (m_connected > 0)
        m_result.insert(QLatin1String("serverConnectCpuMicros"),
                        1e6 * (serverCpuSeconds() - serverBefore) / m_connected);
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

void Coordinator::measureMemory()
{
    sleepSeconds(m_options.settleSeconds);
    const qint64 rss = serverRssKiB();
    m_result.insert(QLatin1String("rssConnectedKiB"), rss);
    if (rss >= 0 && m_baselineRssKiB >= 0)
        m_result.insert(QLatin1String("rssPerVisitorKiB"),
                        double(rss - m_baselineRssKiB) / m_connected);
    note(m_options.label,
         QStringLiteral("server RSS %1 KiB (baseline %2 KiB, %3 KiB per visitor)")
             .arg(rss)
             .arg(m_baselineRssKiB)
             .arg(m_result.value(QLatin1String("rssPerVisitorKiB")).toDouble(), 0, 'f', 2));
}

void Coordinator::measureIdle()
{
    const double before = serverCpuSeconds();
    const qint64 startNs = monotonicNs();
    sleepSeconds(m_options.idleSeconds);
    const double elapsed = double(monotonicNs() - startNs) / 1e9;
    const double idleCpu = 100.0 * (serverCpuSeconds() - before) / elapsed;
    m_result.insert(QLatin1String("idleCpuPercent"), m_server ? idleCpu : -1);
    note(m_options.label, QStringLiteral("idle CPU %1% of one core").arg(idleCpu, 0, 'f', 2));
}

bool Coordinator::runBurst()
{
    // Visitors of a page that every tab opens at once (a campaign email, a restart of a
    // balancer): `burstBatch` connections with no window, the next batch when all are in.
    // A child of their own, which quits afterwards, so the other phases see the same visitors.
    note(m_options.label, QStringLiteral("burst: %1 visitors in batches of %2")
                              .arg(m_options.burstVisitors)
                              .arg(m_options.burstBatch));
    auto child
        = visitorChild(int(m_shares.size()), m_options.burstVisitors, m_options.burstBatch, true);
    if (!child) {
        note(m_options.label, QStringLiteral("the burst's visitor process did not start"));
        return false;
    }
    const qint64 overflowsBefore = listenOverflows();
    const qint64 startNs = monotonicNs();
    child->command(QStringLiteral("connect"));
    const auto connected = child->waitFor(QStringLiteral("connected"),
                                          (m_options.connectTimeoutSeconds + 30) * 1000);
    if (!connected) {
        note(m_options.label, QStringLiteral("the burst's visitor process stopped"));
        return false;
    }
    const int ready = connected->value(QLatin1String("ready")).toInt();
    const double seconds
        = double(connected->value(QLatin1String("doneNs")).toInteger() - startNs) / 1e9;
    m_result.insert(QLatin1String("burstConnected"), ready);
    m_result.insert(QLatin1String("burstFailed"), connected->value(QLatin1String("failed")));
    m_result.insert(QLatin1String("burstSeconds"), seconds);
    m_result.insert(QLatin1String("burstListenOverflows"), listenOverflows() - overflowsBefore);
    note(m_options.label, QStringLiteral("burst: %1 connections in %2 s, %3 failed")
                              .arg(ready)
                              .arg(seconds, 0, 'f', 2)
                              .arg(connected->value(QLatin1String("failed")).toInt()));
    child->finish();
    sleepSeconds(m_options.settleSeconds); // their departures are not the next phase's work
    return true;
}

bool Coordinator::runTraffic(int durationSeconds)
{
    note(m_options.label, QStringLiteral("sending %1 visitor messages/s for %2 s")
                              .arg(m_options.rate)
                              .arg(durationSeconds));
    const double serverBefore = serverCpuSeconds();
    const double loadgenBefore = childrenCpuSeconds();
    const qint64 startNs = monotonicNs();
    for (size_t index = 0; index < m_visitors.size(); ++index) {
        const double rate = m_options.rate * m_shares.at(int(index)) / m_options.visitors;
        m_visitors[index]->command(QStringLiteral("traffic %1 %2")
                                       .arg(rate, 0, 'f', 3)
                                       .arg(qint64(durationSeconds) * 1000));
    }
    for (const auto &child : m_visitors) {
        if (!child->waitFor(QStringLiteral("traffic_done"), (durationSeconds + 120) * 1000)) {
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
    return true;
}

void Coordinator::measureAfterTraffic()
{
    // Is the server quiet again once the traffic stops? Its CPU over the first `after`
    // seconds, and over the last 10 of them. The grace period for late deliveries runs
    // inside this window (deliveries still on their way count, later ones are lost).
    const int tail = qMin(10, m_options.afterSeconds);
    const double before = serverCpuSeconds();
    const qint64 startNs = monotonicNs();
    sleepSeconds(m_options.afterSeconds - tail);
    const double tailBefore = serverCpuSeconds();
    const qint64 tailStartNs = monotonicNs();
    sleepSeconds(tail);
    const double after = serverCpuSeconds();
    const qint64 endNs = monotonicNs();
    sleepSeconds(qMax(0, m_options.graceSeconds - m_options.afterSeconds));
    if (!m_server || m_options.afterSeconds == 0)
        return;
    const double percent = 100.0 * (after - before) / (double(endNs - startNs) / 1e9);
    const double tailPercent
        = tail > 0 ? 100.0 * (after - tailBefore) / (double(endNs - tailStartNs) / 1e9) : -1;
    m_result.insert(QLatin1String("afterSeconds"), m_options.afterSeconds);
    m_result.insert(QLatin1String("afterCpuPercent"), percent);
    m_result.insert(QLatin1String("afterTailCpuPercent"), tailPercent);
    note(m_options.label, QStringLiteral("server CPU after the traffic: %1% over %2 s, %3% in "
                                         "the last %4 s")
                              .arg(percent, 0, 'f', 2)
                              .arg(m_options.afterSeconds)
                              .arg(tailPercent, 0, 'f', 2)
                              .arg(tail));
}

bool Coordinator::runBrowse()
{
    // Visitors moving between pages: each page_view changes a visitor in every operator's
    // list. What matters is how many frames each operator socket must take per second.
    note(m_options.label, QStringLiteral("browsing: %1 page views/s for %2 s, %3 operator sockets")
                              .arg(m_options.browseRate)
                              .arg(m_options.durationSeconds)
                              .arg(m_options.operatorSockets()));
    m_operators->command(QStringLiteral("count_start"));
    const double serverBefore = serverCpuSeconds();
    const double loadgenBefore = childrenCpuSeconds();
    const double operatorsBefore = ProcessProbe(m_operators->pid()).cpuSeconds();
    const qint64 startNs = monotonicNs();
    for (size_t index = 0; index < m_visitors.size(); ++index) {
        const double rate = m_options.browseRate * m_shares.at(int(index)) / m_options.visitors;
        m_visitors[index]->command(QStringLiteral("browse %1 %2")
                                       .arg(rate, 0, 'f', 3)
                                       .arg(qint64(m_options.durationSeconds) * 1000));
    }
    for (const auto &child : m_visitors) {
        if (!child->waitFor(QStringLiteral("browse_done"),
                            (m_options.durationSeconds + 120) * 1000)) {
            note(m_options.label, QStringLiteral("%1 stopped while browsing").arg(child->name()));
            return false;
        }
    }
    const double elapsed = double(monotonicNs() - startNs) / 1e9;
    m_result.insert(QLatin1String("browseCpuPercent"),
                    m_server ? 100.0 * (serverCpuSeconds() - serverBefore) / elapsed : -1);
    m_result.insert(QLatin1String("browseLoadgenCpuPercent"),
                    100.0 * (childrenCpuSeconds() - loadgenBefore) / elapsed);
    m_result.insert(QLatin1String("browseOperatorsCpuPercent"),
                    100.0 * (ProcessProbe(m_operators->pid()).cpuSeconds() - operatorsBefore)
                        / elapsed);
    sleepSeconds(1); // the events of the last page views: the server coalesces for 100 ms
    m_operators->command(QStringLiteral("count_stop"));

    qint64 sent = 0, acked = 0;
    for (const auto &child : m_visitors) {
        child->command(QStringLiteral("report"));
        const auto report = child->waitFor(QStringLiteral("report"), 60000);
        if (!report)
            return false;
        sent += report->value(QLatin1String("browseSent")).toInteger();
        acked += report->value(QLatin1String("browseAcked")).toInteger();
    }
    m_operators->command(QStringLiteral("report"));
    const auto operators = m_operators->waitFor(QStringLiteral("report"), 60000);
    if (!operators)
        return false;
    const int maxFrames = operators->value(QLatin1String("visitorEventsMaxPerSecond")).toInt();
    const int maxUpdates = operators->value(QLatin1String("visitorUpdatesMaxPerSecond")).toInt();
    m_result.insert(QLatin1String("browseRate"), m_options.browseRate);
    m_result.insert(QLatin1String("browseSent"), sent);
    m_result.insert(QLatin1String("browseAcked"), acked);
    m_result.insert(QLatin1String("browsePerSecond"), sent / elapsed);
    m_result.insert(QLatin1String("visitorEventsMaxPerSecond"), maxFrames);
    m_result.insert(QLatin1String("visitorUpdatesMaxPerSecond"), maxUpdates);
    m_result.insert(QLatin1String("visitorEventFrames"),
                    operators->value(QLatin1String("visitorEventFrames")));
    note(m_options.label,
         QStringLiteral("browsing: %1 page views (%2 acked, %3/s); visitor events per operator "
                        "socket per second, max %4 frames, %5 updates; server CPU %6%")
             .arg(sent)
             .arg(acked)
             .arg(sent / elapsed, 0, 'f', 0)
             .arg(maxFrames)
             .arg(maxUpdates)
             .arg(m_result.value(QLatin1String("browseCpuPercent")).toDouble(), 0, 'f', 1));
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
