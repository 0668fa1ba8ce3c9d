#pragma once

#include <QString>

namespace papo::bench {

// The two things every phase of a run does besides commanding its children: say what happens
// (on stderr, tagged with the run's label, flushed at once) and wait.
void note(const QString &label, const QString &line);
void sleepSeconds(int seconds);

} // namespace papo::bench
