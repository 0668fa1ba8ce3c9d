#pragma once

#include <chrono>

namespace papo::desk {

// Delays between reconnection attempts: starts at the initial delay and doubles after each
// failed attempt up to the maximum; reset() after a successful connection.
class ReconnectBackoff final
{
public:
    using Duration = std::chrono::milliseconds;

    explicit ReconnectBackoff(Duration initial = Duration(500), Duration maximum = Duration(10000));

    Duration nextDelay();
    void reset();
    void setLimits(Duration initial, Duration maximum);

private:
    Duration m_initial;
    Duration m_maximum;
    Duration m_next;
};

} // namespace papo::desk
