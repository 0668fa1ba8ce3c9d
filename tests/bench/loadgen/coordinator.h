#pragma once

#include "childprocess.h"
#include "options.h"
#include "processprobe.h"
#include "reportcollector.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace papo::bench {

// One measured run against one server, in phases: operators online; server memory baseline;
// visitors connect (hello + page_view) from several child processes; memory with everybody
// connected; then the phases asked for, in this order: idle CPU; a burst of visitors opened
// in batches at once; visitor messages at a fixed rate with operator replies, and the CPU
// after them; a reconnect storm (the server killed and restarted under traffic); browsing
// (page views, counted as visitor events per operator socket). Every child's counts and
// latencies are merged into one result (printed, and written as JSON).
class Coordinator final
{
public:
    explicit Coordinator(Options options);
    ~Coordinator();

    // 0 when the run completed; the targets are judged by whoever reads the result.
    int run();

private:
    bool startOperators();
    bool startVisitors();
    std::unique_ptr<ChildProcess> visitorChild(int index, int count, int window,
                                               bool batches) const;
    bool connectVisitors();
    void measureMemory();
    void measureIdle();
    bool runBurst();
    bool runTraffic(int durationSeconds);
    void measureAfterTraffic();
    bool runBrowse();
    void writeResult() const;
    double childrenCpuSeconds() const;
    qint64 serverRssKiB() const;
    double serverCpuSeconds() const;

    Options m_options;
    std::optional<ProcessProbe> m_server;
    std::unique_ptr<ChildProcess> m_operators;
    std::vector<std::unique_ptr<ChildProcess>> m_visitors;
    QList<int> m_shares; // visitors per child
    int m_connected = 0;
    qint64 m_baselineRssKiB = -1;
    ReportCollector m_reports;
    QJsonObject m_result;
};

} // namespace papo::bench
