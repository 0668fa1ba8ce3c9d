#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace papo::desk {

// The few colours papo-desk paints beyond plain text, all derived from the palette so they
// work in Light, Dark and the system's theme: secondary text, errors, the bubbles and the
// selected row.
namespace Tones {

enum class Tone { Normal, Muted, Error };

// Secondary text (PlaceholderText) or an error, on a label or any widget drawing text with
// its foreground role; Normal undoes either.
void setTone(QWidget *widget, Tone tone);

QColor muted(const QPalette &palette);
QColor error(const QPalette &palette);
// `color` laid over the base at `share` (0..1), for fills that keep the text readable.
QColor tint(const QPalette &palette, const QColor &color, qreal share);
QColor selectedRow(const QPalette &palette);
QColor hoveredRow(const QPalette &palette);
QColor separator(const QPalette &palette);
// A status that is good (online, a teammate's bubble).
QColor positive(const QPalette &palette);

} // namespace Tones

} // namespace papo::desk
