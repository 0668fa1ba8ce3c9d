#pragma once

#include "deskpreferences.h"

#include <QPalette>

namespace papo::desk {

// Light, Dark or the system's colours (Preferences). Light and Dark use the Fusion style
// with our palettes; System gives back the style and palette papo-desk started with. Views
// paint from palette roles only, so everything follows.
class Appearance final
{
public:
    static void apply(DeskPreferences::Theme theme);
    static QPalette lightPalette();
    static QPalette darkPalette();
    // A dark window background (for the few colours with no palette role, e.g. error red).
    static bool isDark(const QPalette &palette);
};

} // namespace papo::desk
