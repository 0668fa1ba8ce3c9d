#include "windowplace.h"

#include "conversationlistpane.h"
#include "mainwindow.h"
#include "visitorsview.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>

namespace papo::desk {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/chatsSplitter");
const QString SplitterWidthKey = QStringLiteral("window/chatsSplitterWidth");
const QString TabKey = QStringLiteral("window/tab");
const QString ListKey = QStringLiteral("window/list");
const QString VisitorColumnsKey = QStringLiteral("window/visitorColumns");

QSplitter *chatsSplitter(const MainWindow &window)
{
    return window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
}
} // namespace

void WindowPlace::save(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(GeometryKey, window.saveGeometry());
    settings.setValue(StateKey, window.saveState());
    if (const QSplitter *splitter = chatsSplitter(window)) {
        settings.setValue(SplitterKey, splitter->saveState());
        settings.setValue(SplitterWidthKey, splitter->width());
    }
    settings.setValue(TabKey, window.mainTabs()->currentIndex());
    settings.setValue(ListKey, window.conversationList()->tabs()->currentIndex());
    settings.setValue(VisitorColumnsKey,
                      window.visitorsView()->table()->horizontalHeader()->saveState());
}

bool WindowPlace::restore(MainWindow &window)
{
    const QSettings settings;
    if (!settings.contains(GeometryKey))
        return false;
    window.restoreGeometry(settings.value(GeometryKey).toByteArray());
    window.restoreState(settings.value(StateKey).toByteArray());
    if (QSplitter *splitter = chatsSplitter(window)) {
        // A splitter not laid out yet squeezes the sizes into its provisional width and later
        // hands the difference out by stretch; at the width it had, they come back as they were.
        const int width = settings.value(SplitterWidthKey).toInt();
        if (width > 0)
            splitter->resize(width, splitter->height());
        splitter->restoreState(settings.value(SplitterKey).toByteArray());
    }
    QTabWidget *tabs = window.mainTabs();
    tabs->setCurrentIndex(std::clamp(settings.value(TabKey).toInt(), 0, tabs->count() - 1));
    QTabWidget *lists = window.conversationList()->tabs();
    lists->setCurrentIndex(std::clamp(settings.value(ListKey).toInt(), 0, lists->count() - 1));
    // Hidden columns stay VisitorsView's: only widths and order come from here.
    QHeaderView *header = window.visitorsView()->table()->horizontalHeader();
    QList<bool> hidden;
    for (int column = 0; column < header->count(); ++column)
        hidden << header->isSectionHidden(column);
    header->restoreState(settings.value(VisitorColumnsKey).toByteArray());
    for (int column = 0; column < header->count() && column < hidden.size(); ++column)
        header->setSectionHidden(column, hidden.at(column));
    return true;
}

} // namespace papo::desk
