#pragma once

#include "visitorobjects.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

class QTableView;

namespace papo::desk {
class VisitorListModel;
} // namespace papo::desk

namespace papo::bench {

class BenchResults;
class PaintProbe;

// Issue 17's second target: the visitors online list of an admin with 1,500 seats (15,000
// rows) in the real main window, fed the JSON papo-server sends: the `visitors` answer (its
// frame parsed and its rows read off the UI thread, as ServerConnection and VisitorController
// do), then one `visitors_changed` batch ({"visitors":[…],"left":[…]}) every 100 ms, parsed
// and applied to VisitorListModel as VisitorController does with a batch. Times the fill,
// page-down scrolling and the UI thread's longest stall during the fill and the batches.
class VisitorsOnlineBench final
{
public:
    explicit VisitorsOnlineBench(BenchResults &results)
        : m_results(results)
    {}

    void run(int visitors, int changesPerSecond, int seconds, int scrollSteps);

private:
    // The batches of `seconds` of changes, serialized as the server sends them.
    QList<QByteArray> makeBatches(VisitorObjects &objects, int changesPerSecond, int seconds);
    // Applies one batch as VisitorController does once its batch is due.
    void applyBatch(const QByteArray &frame);
    void fill(VisitorObjects &objects, int visitors);
    void scroll(int steps);
    void liveUpdates(const QList<QByteArray> &batches, const QString &label);

    BenchResults &m_results;
    desk::VisitorListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    PaintProbe *m_probe = nullptr;
    QElapsedTimer m_clock;
    int m_changesPerBatch = 0;
};

} // namespace papo::bench
