#include "tones.h"

#include <QWidget>

namespace papo::desk::Tones {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

void setTone(QWidget *widget, Tone tone)
{
    // Roles rather than fixed colours, so a change of theme reaches the widget at once.
    switch (tone) {
    case Tone::Normal:
        widget->setPalette(QPalette());
        widget->setForegroundRole(QPalette::WindowText);
        return;
    case Tone::Muted:
        widget->setPalette(QPalette());
        widget->setForegroundRole(QPalette::PlaceholderText);
        return;
    case Tone::Error: {
        QPalette errorPalette;
        errorPalette.setColor(QPalette::WindowText, error(widget->palette()));
        widget->setPalette(errorPalette);
        widget->setForegroundRole(QPalette::WindowText);
        return;
    }
    }
}

QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
}

QColor tint(const QPalette &palette, const QColor &color, qreal share)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (color.redF() - base.redF()) * share,
                            base.greenF() + (color.greenF() - base.greenF()) * share,
                            base.blueF() + (color.blueF() - base.blueF()) * share);
}

QColor selectedRow(const QPalette &palette)
{
    return tint(palette, palette.color(QPalette::Highlight), isDark(palette) ? 0.35 : 0.16);
}

QColor hoveredRow(const QPalette &palette)
{
    return tint(palette, palette.color(QPalette::Text), 0.05);
}

QColor separator(const QPalette &palette)
{
    return tint(palette, palette.color(QPalette::Text), 0.12);
}

QColor positive(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

} // namespace papo::desk::Tones
