#include "appearance.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace papo::desk {

namespace {

struct SystemLook
{
    QString styleName;
    QPalette palette;
};

// What the platform gave before any theme was applied.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                                 QApplication::palette()};
    return look;
}

void setStyle(const QString &name)
{
    // Setting the style again polishes every widget anew, so style sheets that name palette
    // roles and cached colours pick up the new palette.
    if (QStyle *style = QStyleFactory::create(name.isEmpty() ? QStringLiteral("Fusion") : name))
        QApplication::setStyle(style);
}

void setPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);
    // Qt hands the new palette to child widgets only; a window (the main window, an open
    // dialog) gets it through its native window, which a window not yet shown, or shown on a
    // platform without one (offscreen), lacks. Tell every window, so none keeps the old look.
    QEvent change(QEvent::ApplicationPaletteChange);
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->palette() != QApplication::palette(window))
            QApplication::sendEvent(window, &change);
    }
}

} // namespace

void Appearance::apply(DeskPreferences::Theme theme)
{
    const SystemLook &look = systemLook();
    static bool changed = false; // nothing to undo until a theme was applied
    // The style first, then the palette: the theme's colours have the last word.
    switch (theme) {
    case DeskPreferences::Theme::System:
        if (!changed)
            return;
        setStyle(look.styleName);
        setPalette(look.palette);
        return;
    case DeskPreferences::Theme::Light:
        setStyle(QStringLiteral("Fusion"));
        setPalette(lightPalette());
        break;
    case DeskPreferences::Theme::Dark:
        setStyle(QStringLiteral("Fusion"));
        setPalette(darkPalette());
        break;
    }
    changed = true;
}

QPalette Appearance::lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf8, 0xfa));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf1, 0xf3, 0xf5));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::PlaceholderText, QColor(0x65, 0x6d, 0x76));
    palette.setColor(QPalette::Button, QColor(0xf6, 0xf8, 0xfa));
    palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xea, 0xee, 0xf2));
    palette.setColor(QPalette::Mid, QColor(0xd0, 0xd7, 0xde));
    palette.setColor(QPalette::Dark, QColor(0x8c, 0x95, 0x9f));
    palette.setColor(QPalette::Shadow, QColor(0x57, 0x60, 0x6a));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    palette.setColor(QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xf8, 0xc5));
    palette.setColor(QPalette::ToolTipText, QColor(0x4d, 0x2d, 0x00));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x95, 0x9f));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x95, 0x9f));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x95, 0x9f));
    return palette;
}

QPalette Appearance::darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1c, 0x21, 0x28));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    palette.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
    palette.setColor(QPalette::AlternateBase, QColor(0x21, 0x26, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x96, 0xa0));
    palette.setColor(QPalette::Button, QColor(0x21, 0x26, 0x2d));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x3d, 0x44, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x30, 0x36, 0x3d));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x1b, 0x22));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x38, 0x8b, 0xfd));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3b, 0x2e, 0x00));
    palette.setColor(QPalette::ToolTipText, QColor(0xf2, 0xe0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return palette;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace papo::desk
