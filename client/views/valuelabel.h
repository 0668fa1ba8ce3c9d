#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace papo::desk {

// A value in the visitor panel: plain text (visitors and teammates wrote most of it, and it is
// never markup), wrapped in the narrow column, selectable so it can be copied.
QLabel *createValueLabel(const QString &objectName, QWidget *parent);

} // namespace papo::desk
