#pragma once

#include "childprocess.h"
#include "options.h"
#include "processprobe.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace papo::bench {

class ReportCollector;

// The reconnect storm phase: the server killed (-9) and started again by the restart command
// while visitor messages keep going. Measures how long until every visitor and operator socket
// is back, and whether any of the storm's messages was lost or delivered twice.
class ReconnectStorm final
{
public:
    ReconnectStorm(const Options &options, ChildProcess &operators,
                   const std::vector<std::unique_ptr<ChildProcess>> &visitors,
                   const QList<int> &shares, ReportCollector &reports);

    // Its numbers into `result`; `server` follows the new process. False when the restart
    // failed, a child stopped, or not every visitor or operator socket came back.
    bool run(std::optional<ProcessProbe> &server, QJsonObject &result);

private:
    // The new server's process id, or 0.
    qint64 restartServer() const;

    const Options &m_options;
    ChildProcess &m_operators;
    const std::vector<std::unique_ptr<ChildProcess>> &m_visitors;
    const QList<int> &m_shares; // visitors per child
    ReportCollector &m_reports;
};

} // namespace papo::bench
