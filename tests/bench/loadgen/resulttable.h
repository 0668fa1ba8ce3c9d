#pragma once

#include <QString>

namespace papo::bench {

// Prints the table of two result files side by side: metric, papo, reference, ratio.
// Returns 0, or 1 when a file cannot be read.
int printComparison(const QString &papoFile, const QString &referenceFile);

} // namespace papo::bench
