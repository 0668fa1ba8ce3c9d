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
    // A style sheet (a heading's border) fixes the palette of the widgets under it when it is
    // applied: apply it again, so those headings take the new colours too.
    const auto widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
}

// Every colour the desk's own themes set, light and dark side by side, so the two stay in step.
struct ThemeColour
{
    QPalette::ColorGroup group;
    QPalette::ColorRole role;
    QRgb light;
    QRgb dark;
};

const ThemeColour themeColours[] = {
    {QPalette::All, QPalette::Window, 0xf6f8fa, 0x1c2128},
    {QPalette::All, QPalette::WindowText, 0x1f2328, 0xe6edf3},
    {QPalette::All, QPalette::Base, 0xffffff, 0x0d1117},
    {QPalette::All, QPalette::AlternateBase, 0xf1f3f5, 0x21262d},
    {QPalette::All, QPalette::Text, 0x1f2328, 0xe6edf3},
    {QPalette::All, QPalette::PlaceholderText, 0x656d76, 0x8d96a0},
    {QPalette::All, QPalette::Button, 0xf6f8fa, 0x21262d},
    {QPalette::All, QPalette::ButtonText, 0x1f2328, 0xe6edf3},
    {QPalette::All, QPalette::BrightText, 0xffffff, 0xffffff},
    {QPalette::All, QPalette::Light, 0xffffff, 0x3d444d},
    {QPalette::All, QPalette::Midlight, 0xeaeef2, 0x30363d},
    {QPalette::All, QPalette::Mid, 0xd0d7de, 0x30363d},
    {QPalette::All, QPalette::Dark, 0x8c959f, 0x161b22},
    {QPalette::All, QPalette::Shadow, 0x57606a, 0x000000},
    {QPalette::All, QPalette::Highlight, 0x1f6feb, 0x388bfd},
    {QPalette::All, QPalette::HighlightedText, 0xffffff, 0xffffff},
    {QPalette::All, QPalette::Link, 0x0b57d0, 0x58a6ff},
    {QPalette::All, QPalette::LinkVisited, 0x8250df, 0xbc8cff},
    {QPalette::All, QPalette::ToolTipBase, 0xfff8c5, 0x3b2e00},
    {QPalette::All, QPalette::ToolTipText, 0x4d2d00, 0xf2e0a0},
    {QPalette::Disabled, QPalette::Text, 0x8c959f, 0x6e7681},
    {QPalette::Disabled, QPalette::WindowText, 0x8c959f, 0x6e7681},
    {QPalette::Disabled, QPalette::ButtonText, 0x8c959f, 0x6e7681},
};

QPalette themePalette(QRgb ThemeColour::*shade)
{
    QPalette palette;
    for (const ThemeColour &colour : themeColours)
        palette.setColor(colour.group, colour.role, QColor::fromRgb(colour.*shade));
    return palette;
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
    return themePalette(&ThemeColour::light);
}

QPalette Appearance::darkPalette()
{
    return themePalette(&ThemeColour::dark);
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace papo::desk
