#include "reconnectstorm.h"

#include "benchclock.h"
#include "progress.h"
#include "reportcollector.h"

#include <QProcess>

namespace papo::bench {

ReconnectStorm::ReconnectStorm(const Options &options, ChildProcess &operators,
                               const std::vector<std::unique_ptr<ChildProcess>> &visitors,
                               const QList<int> &shares, ReportCollector &reports)
    : m_options(options)
    , m_operators(operators)
    , m_visitors(visitors)
    , m_shares(shares)
    , m_reports(reports)
{}

bool ReconnectStorm::run(std::optional<ProcessProbe> &server, QJsonObject &result)
{
    // Everybody reconnects as widget.js and papo-desk do (token, lastSeq, a randomized
    // backoff); traffic keeps going, so messages are on their way when the server dies.
    const qint64 duplicatesBefore = m_reports.duplicates();
    const qint64 sentBefore = m_reports.sent();
    m_operators.command(QStringLiteral("arm"));
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
    server.emplace(pid);
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
    const auto operatorsBack = m_operators.waitFor(QStringLiteral("storm_back"), 300000);
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
    if (!m_reports.collect(m_operators, m_visitors, nullptr))
        return false;
    const qint64 lost = m_options.stateless ? -1 : m_reports.lost(); // of the storm's messages
    const qint64 duplicated = m_options.stateless ? -1 : m_reports.duplicates() - duplicatesBefore;
    back = m_reports.visitorsBack(); // also those of a child that gave up waiting
    result.insert(QLatin1String("stormBack"), back);
    result.insert(QLatin1String("stormDroppedAgain"), m_reports.droppedAgain());
    result.insert(QLatin1String("stormListenOverflows"), listenOverflows() - overflowsBefore);
    result.insert(QLatin1String("stormRestartSeconds"), restartSeconds);
    result.insert(QLatin1String("stormOperatorsSeconds"), operatorSeconds);
    result.insert(QLatin1String("stormMessagesSent"), m_reports.sent() - sentBefore);
    result.insert(QLatin1String("stormMessagesAcked"), m_reports.acked());
    result.insert(QLatin1String("stormSeconds"), seconds);
    result.insert(QLatin1String("stormLost"), lost);
    result.insert(QLatin1String("stormDuplicated"), duplicated);
    note(m_options.label, QStringLiteral("storm: the server listened again %1 s after the kill; "
                                         "operator sockets back after %2 s; %3 messages and "
                                         "replies sent during the storm, %4 acked; %5 "
                                         "visitors closed again after coming back")
                              .arg(restartSeconds, 0, 'f', 2)
                              .arg(operatorSeconds, 0, 'f', 2)
                              .arg(m_reports.sent() - sentBefore)
                              .arg(m_reports.acked())
                              .arg(m_reports.droppedAgain()));
    note(m_options.label,
         QStringLiteral("storm: %1 back in %2 s, lost %3, duplicated %4")
             .arg(back)
             .arg(allBack ? QString::number(seconds, 'f', 2) : QStringLiteral("- (not all)"))
             .arg(lost < 0 ? QStringLiteral("-") : QString::number(lost),
                  duplicated < 0 ? QStringLiteral("-") : QString::number(duplicated)));
    return allBack && operatorsBack;
}

qint64 ReconnectStorm::restartServer() const
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

} // namespace papo::bench
