#pragma once

class QMainWindow;

namespace papo::desk {

class MainWindow;

// Where the operator left papo-desk, restored at the next start (QSettings): the window's
// size, position and maximised state, the three columns of the Chats tab, the tab and the
// list (Queue / Mine / Closed) in front, and the widths and order of the visitors-online
// columns (which columns show is remembered by VisitorsView itself).
class WindowPlace final
{
public:
    static void save(const MainWindow &window);
    // False when nothing was saved yet (the window keeps its default size).
    static bool restore(MainWindow &window);
};

} // namespace papo::desk
