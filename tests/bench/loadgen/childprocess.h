#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>

#include <optional>

namespace papo::bench {

// The coordinator's handle on one child (this same binary with --role visitors/operators):
// commands go to its stdin, its JSON lines are read back with blocking waits, which is all a
// coordinator that only sleeps and waits needs.
class ChildProcess final
{
public:
    ChildProcess(QString name, const QStringList &arguments);
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    QString name() const { return m_name; }
    qint64 pid() const { return m_process.processId(); }
    bool start();
    void command(const QString &line);
    // The next line whose "event" is this one; other events before it wait for their own
    // waitFor (a storm's "storm_back" and "traffic_done" come in either order).
    // Empty when the child exits or the time runs out.
    std::optional<QJsonObject> waitFor(const QString &event, int timeoutMs);
    // Asks the child to quit; kills it if it has not within a few seconds.
    void finish();

private:
    QString m_name;
    QStringList m_arguments;
    QProcess m_process;
    QList<QJsonObject> m_backlog; // events read while waiting for another
};

} // namespace papo::bench
