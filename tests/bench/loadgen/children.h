#pragma once

#include "options.h"

namespace papo::bench {

// The event loops of the two kinds of child process, driven by the coordinator's commands.
int runVisitorChild(const Options &options);
int runOperatorChild(const Options &options);

// The event dispatcher class in use, for the result file.
QString dispatcherName();

} // namespace papo::bench
