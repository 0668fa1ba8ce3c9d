#pragma once

#include <QString>

namespace papo::server {

// When a node counts as alive (docs/scaling.md, "Several nodes"): it says so every few seconds
// (ClusterLink's heartbeat), and what it lists (operators, visitors) stops counting for the
// others NodeTimeoutMs after its last word. Measured with the database's clock, the same for
// every node whatever theirs say.
constexpr qint64 NodeTimeoutMs = 15 * 1000;

inline QString databaseNowMs()
{
    return QStringLiteral("(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT");
}

} // namespace papo::server
