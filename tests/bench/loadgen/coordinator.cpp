#include "coordinator.h"

#include "benchclock.h"
#include "children.h"
#include "latencyhistogram.h"
#include "sequencebits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
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
            completed = collectReports(true);
        }
    }
    if (completed && m_options.hasPhase("storm"))
        completed = runStorm();
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

bool Coordinator::collectReports(bool record)
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
    qint64 sent = 0, acked = 0, lostToOperators = 0, errors = 0, dropped = 0, duplicates = 0;
    int visitorsBack = 0, droppedAgain = 0;
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
        // After the traffic phase only the messages sent since count (the storm's).
        const SequenceBits ackedHere
            = SequenceBits::fromBase64(report->value(QLatin1String("acked")).toString())
                  .from(record ? 0 : m_firstOfStorm.value(qsizetype(index)));
        if (record)
            m_firstOfStorm.append(report->value(QLatin1String("sent")).toInteger());
        sent += report->value(QLatin1String("sent")).toInteger();
        acked += ackedHere.count();
        errors += report->value(QLatin1String("errors")).toInteger();
        dropped += report->value(QLatin1String("dropped")).toInteger();
        duplicates += report->value(QLatin1String("duplicates")).toInteger();
        visitorsBack += report->value(QLatin1String("back")).toInt();
        droppedAgain += report->value(QLatin1String("droppedAgain")).toInt();
        // Every operator should have received every acknowledged message of this child.
        for (const QJsonValue &byChild : received) {
            const auto bits = SequenceBits::fromBase64(
                byChild.toObject().value(QString::number(index)).toString());
            lostToOperators += ackedHere.countMissingFrom(bits);
        }
    }
    const SequenceBits repliesAcked
        = SequenceBits::fromBase64(operators->value(QLatin1String("repliesAcked")).toString())
              .from(record ? 0 : m_firstReplyOfStorm);
    const qint64 repliesSent = operators->value(QLatin1String("repliesSent")).toInteger();
    if (record)
        m_firstReplyOfStorm = repliesSent;
    const qint64 lostToVisitors = repliesAcked.countMissingFrom(repliesReceived);
    const LatencyHistogram delivery
        = LatencyHistogram::fromJson(operators->value(QLatin1String("deliveryLatency")).toArray());
    const LatencyHistogram replyAck
        = LatencyHistogram::fromJson(operators->value(QLatin1String("replyAckLatency")).toArray());
    duplicates += operators->value(QLatin1String("duplicates")).toInteger();
    m_lost = lostToOperators + lostToVisitors;
    m_duplicates = duplicates;
    m_visitorsBack = visitorsBack;
    m_droppedAgain = droppedAgain;
    m_sent = sent + repliesSent;
    m_acked = acked + repliesAcked.count();
    if (!record)
        return true;

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
    m_result.insert(QLatin1String("duplicates"), duplicates);

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

bool Coordinator::runStorm()
{
    // Everybody reconnects as widget.js and papo-desk do (token, lastSeq, a randomized
    // backoff); traffic keeps going, so messages are on their way when the server dies.
    const qint64 duplicatesBefore = m_duplicates;
    const qint64 sentBefore = m_sent;
    m_operators->command(QStringLiteral("arm"));
    for (const auto &child : m_visitors)
        child->command(QStringLiteral("arm"));
    const int stormSeconds = m_options.stormSeconds;
    note(m_options.label, QStringLiteral("storm: %1 visitor messages/s for %2 s, the server "
                                         "killed (-9) and restarted after %3 s")
                              .arg(m_options.rate)
                              .arg(stormSeconds)
                              .arg(stormSeconds / 3));
    for (size_t index = 0; index < m_visitors.size(); ++index) {
        const double rate = m_options.rate * m_shares.at(int(index)) / m_options.visitors;
        m_visitors[index]->command(
            QStringLiteral("traffic %1 %2").arg(rate, 0, 'f', 3).arg(qint64(stormSeconds) * 1000));
    }
    sleepSeconds(stormSeconds / 3); // let the traffic run, so the kill finds messages in flight
    const qint64 overflowsBefore = listenOverflows();
    const qint64 killNs = monotonicNs();
    const qint64 pid = restartServer();
    if (pid <= 0)
        return false;
    const double restartSeconds = double(monotonicNs() - killNs) / 1e9;
    m_server.emplace(pid);
    qint64 backNs = killNs;
    int back = 0;
    bool allBack = true;
    for (const auto &child : m_visitors) {
        const auto event = child->waitFor(QStringLiteral("storm_back"), 300000);
        if (!event) {
            note(m_options.label,
                 QStringLiteral("%1: not every visitor came back").arg(child->name()));
            allBack = false;
            continue;
        }
        back += event->value(QLatin1String("back")).toInt();
        backNs = qMax(backNs, event->value(QLatin1String("backNs")).toInteger());
    }
    const double seconds = allBack ? double(backNs - killNs) / 1e9 : -1;
    // The operators too, before anything is counted: a socket still waiting for its next
    // attempt has not had its replay yet.
    const auto operatorsBack = m_operators->waitFor(QStringLiteral("storm_back"), 300000);
    if (!operatorsBack)
        note(m_options.label, QStringLiteral("not every operator socket came back"));
    const double operatorSeconds
        = operatorsBack
              ? double(operatorsBack->value(QLatin1String("backNs")).toInteger() - killNs) / 1e9
              : -1;
    for (const auto &child : m_visitors) {
        if (!child->waitFor(QStringLiteral("traffic_done"), (stormSeconds + 300) * 1000)) {
            note(m_options.label, QStringLiteral("%1 stopped during the storm").arg(child->name()));
            return false;
        }
    }
    sleepSeconds(m_options.graceSeconds);
    if (!collectReports(false))
        return false;
    const qint64 lost = m_options.stateless ? -1 : m_lost; // of the storm's messages
    const qint64 duplicated = m_options.stateless ? -1 : m_duplicates - duplicatesBefore;
    back = m_visitorsBack; // also those of a child that gave up waiting
    m_result.insert(QLatin1String("stormBack"), back);
    m_result.insert(QLatin1String("stormDroppedAgain"), m_droppedAgain);
    m_result.insert(QLatin1String("stormListenOverflows"), listenOverflows() - overflowsBefore);
    m_result.insert(QLatin1String("stormRestartSeconds"), restartSeconds);
    m_result.insert(QLatin1String("stormOperatorsSeconds"), operatorSeconds);
    m_result.insert(QLatin1String("stormMessagesSent"), m_sent - sentBefore);
    m_result.insert(QLatin1String("stormMessagesAcked"), m_acked);
    m_result.insert(QLatin1String("stormSeconds"), seconds);
    m_result.insert(QLatin1String("stormLost"), lost);
    m_result.insert(QLatin1String("stormDuplicated"), duplicated);
    note(m_options.label, QStringLiteral("storm: the server listened again %1 s after the kill; "
                                         "operator sockets back after %2 s; %3 messages and "
                                         "replies sent during the storm, %4 acked; %5 "
                                         "visitors closed again after coming back")
                              .arg(restartSeconds, 0, 'f', 2)
                              .arg(operatorSeconds, 0, 'f', 2)
                              .arg(m_sent - sentBefore)
                              .arg(m_acked)
                              .arg(m_droppedAgain));
    note(m_options.label,
         QStringLiteral("storm: %1 back in %2 s, lost %3, duplicated %4")
             .arg(back)
             .arg(allBack ? QString::number(seconds, 'f', 2) : QStringLiteral("- (not all)"))
             .arg(lost < 0 ? QStringLiteral("-") : QString::number(lost),
                  duplicated < 0 ? QStringLiteral("-") : QString::number(duplicated)));
    return allBack && operatorsBack;
}

qint64 Coordinator::restartServer()
{
    // run.sh knows the server's command line: its script kills it with -9, starts it again
    // on the same port and data, waits for it to listen and prints the new process id.
    QProcess restart;
    restart.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    restart.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_options.restartCommand});
    if (!restart.waitForFinished(120000) || restart.exitCode() != 0) {
        note(m_options.label, QStringLiteral("the restart command failed"));
        return 0;
    }
    const QList<QByteArray> lines = restart.readAllStandardOutput().trimmed().split('\n');
    const qint64 pid = lines.last().trimmed().toLongLong();
    if (pid <= 0) {
        note(m_options.label, QStringLiteral("the restart command printed no process id"));
        return 0;
    }
    note(m_options.label, QStringLiteral("server restarted, process %1").arg(pid));
    return pid;
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
