#include "reconnectbackoff.h"

#include <algorithm>

namespace papo::desk {

ReconnectBackoff::ReconnectBackoff(Duration initial, Duration maximum)
    : m_initial(initial)
    , m_maximum(maximum)
    , m_next(initial)
{}

ReconnectBackoff::Duration ReconnectBackoff::nextDelay()
{
    const Duration delay = m_next;
    m_next = std::min(m_next * 2, m_maximum);
    return delay;
}

void ReconnectBackoff::reset()
{
    m_next = m_initial;
}

void ReconnectBackoff::setLimits(Duration initial, Duration maximum)
{
    m_initial = initial;
    m_maximum = std::max(initial, maximum);
    m_next = m_initial;
}

} // namespace papo::desk
