#include "visitorsonlinebench.h"

#include "benchresults.h"
#include "paintprobe.h"
#include "stallmeter.h"

#include "app/chatcontroller.h"
#include "app/visitorcontroller.h"
#include "models/visitorlistmodel.h"
#include "net/framedecoder.h"
#include "net/offthread.h"
#include "net/serverconnection.h"
#include "views/mainwindow.h"
#include "views/visitorsview.h"

#include <protocol/envelope.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace papo::bench {

using desk::VisitorInfo;

namespace {

const QString FrameTarget = QStringLiteral("≤ 16 ms");

QString msText(double ms)
{
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

} // namespace

void VisitorsOnlineBench::run(int visitors, int changesPerSecond, int seconds, int scrollSteps)
{
    // The real window; its connection stays closed, the models are fed the server's JSON.
    desk::ServerConnection connection;
    desk::ChatController controller(&connection);
    desk::MainWindow window(&controller);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    window.mainTabs()->setCurrentWidget(window.visitorsView());
    m_model = controller.visitors()->onlineVisitors();
    m_table = window.visitorsView()->table();
    PaintProbe probe(m_table->viewport());
    m_probe = &probe;

    VisitorObjects objects(QDateTime::currentDateTimeUtc());
    fill(objects, visitors);
    scroll(scrollSteps);
    const QList<QByteArray> batches = makeBatches(objects, changesPerSecond, seconds);
    liveUpdates(batches, QStringLiteral("arrival order"));

    // The operator sorts by a column: every change may move its row.
    m_table->sortByColumn(desk::VisitorListModel::CurrentPageColumn, Qt::AscendingOrder);
    liveUpdates(makeBatches(objects, changesPerSecond, seconds),
                QStringLiteral("sorted by current page"));

    // VisitorController's clock: every 15 s the time on site of every row moves on.
    m_clock.start();
    m_model->setReferenceTime(QDateTime());
    const double applied = toMs(m_clock.nsecsElapsed());
    const qint64 painted = m_probe->waitForPaint(m_clock, [] { return true; });
    m_results.addMs(QStringLiteral("visitors: time-on-site tick, %1 rows: applied").arg(visitors),
                    applied, FrameTarget);
    m_results.addMs(QStringLiteral("visitors: time-on-site tick: painted"), toMs(painted),
                    FrameTarget);
}

void VisitorsOnlineBench::fill(VisitorObjects &objects, int visitors)
{
    QJsonArray list;
    for (int i = 0; i < visitors; ++i)
        list.append(objects.arrive());
    // The server lists the most recently active first.
    QJsonArray newestFirst;
    for (qsizetype i = list.size() - 1; i >= 0; --i)
        newestFirst.append(list.at(i));
    const QString frame = QString::fromUtf8(common::encodeAck(
        QStringLiteral("r1"),
        {{QStringLiteral("visitors"), newestFirst},
         {QStringLiteral("total"), visitors},
         {QStringLiteral("seats"), visitors / desk::VisitorListModel::VisitorsPerSeat}}));

    // What papo-desk does with the `visitors` answer: ServerConnection's FrameDecoder parses
    // the frame on a worker thread, VisitorController reads its rows on one too, and the UI
    // thread only fills the model and paints.
    desk::FrameDecoder decoder;
    double parsed = 0, read = 0, applied = 0;
    QObject::connect(&decoder, &desk::FrameDecoder::decoded, [&](const common::ParsedFrame &ack) {
        parsed = toMs(m_clock.nsecsElapsed());
        const QJsonObject &data = ack.envelope->data;
        const int total = data.value(QLatin1String("total")).toInt();
        const int seats = data.value(QLatin1String("seats")).toInt();
        desk::runOffThread(
            &decoder,
            [array = data.value(QLatin1String("visitors")).toArray()] {
                return VisitorInfo::listFromJson(array);
            },
            [&, total, seats](QList<VisitorInfo> infos) {
                read = toMs(m_clock.nsecsElapsed());
                m_model->setVisitors(std::move(infos), total, seats);
                applied = toMs(m_clock.nsecsElapsed());
            });
    });
    StallMeter meter;
    meter.start();
    m_clock.start();
    decoder.decode(frame);
    const qint64 painted = m_probe->waitForPaint(m_clock, [&] { return m_model->rowCount() > 0; });
    meter.stop();
    m_results.addMs(QStringLiteral("visitors: fill %1 rows (%2 MB frame), parsed off the UI thread")
                        .arg(m_model->rowCount())
                        .arg(frame.size() / 1e6, 0, 'f', 1),
                    parsed);
    m_results.addMs(QStringLiteral("visitors: fill, rows read off the UI thread"), read);
    m_results.addMs(QStringLiteral("visitors: fill, model and proxy updated"), applied);
    m_results.addMs(QStringLiteral("visitors: fill, painted"), toMs(painted));
    m_results.addMs(QStringLiteral("visitors: fill, longest stall of the UI thread"),
                    meter.longestMs(), FrameTarget);
}

void VisitorsOnlineBench::scroll(int steps)
{
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(0, 0));
    QList<double> times;
    for (int i = 0; i < steps; ++i) {
        m_clock.start();
        QTest::keyClick(m_table, Qt::Key_PageDown);
        m_table->viewport()->repaint();
        times.append(toMs(m_clock.nsecsElapsed()));
    }
    m_results.add(QStringLiteral("visitors: page down + repaint, median / max of %1").arg(steps),
                  msText(quantile(times, 0.5)) + QStringLiteral(" / ") + msText(quantile(times, 1)),
                  FrameTarget);
}

QList<QByteArray> VisitorsOnlineBench::makeBatches(VisitorObjects &objects, int changesPerSecond,
                                                   int seconds)
{
    // A shop at its busiest: of every ten changes six are visitors moving to another page,
    // two arrive and two leave.
    constexpr int BatchesPerSecond = 10; // the server's batches: at most one per 100 ms
    const int perBatch = std::max(1, changesPerSecond / BatchesPerSecond);
    m_changesPerBatch = perBatch;
    QList<QByteArray> batches;
    for (int b = 0; b < seconds * BatchesPerSecond; ++b) {
        objects.advance(1000 / BatchesPerSecond);
        QJsonArray changed;
        QJsonArray left;
        for (int i = 0; i < perBatch; ++i) {
            switch (i % 10) {
            case 3:
            case 7:
                changed.append(objects.arrive());
                break;
            case 5:
            case 9: {
                const qint64 id = objects.anyone();
                objects.leave(id);
                left.append(id);
                break;
            }
            default:
                changed.append(objects.move(objects.anyone()));
            }
        }
        batches.append(QJsonDocument(QJsonObject{{QStringLiteral("visitors"), changed},
                                                 {QStringLiteral("left"), left}})
                           .toJson(QJsonDocument::Compact));
    }
    return batches;
}

void VisitorsOnlineBench::applyBatch(const QByteArray &frame)
{
    const QJsonObject data = QJsonDocument::fromJson(frame).object();
    QList<VisitorInfo> changed;
    for (const QJsonValue &value : data.value(QLatin1String("visitors")).toArray())
        changed.append(VisitorInfo::fromJson(value.toObject()));
    QList<qint64> left;
    for (const QJsonValue &value : data.value(QLatin1String("left")).toArray())
        left.append(value.toInteger());
    m_model->applyChanges(changed, left);
}

void VisitorsOnlineBench::liveUpdates(const QList<QByteArray> &batches, const QString &label)
{
    StallMeter meter;
    QList<double> applyTimes;
    qsizetype next = 0;
    QEventLoop loop;
    QTimer batchTimer;
    batchTimer.setTimerType(Qt::PreciseTimer);
    batchTimer.setInterval(100);
    QObject::connect(&batchTimer, &QTimer::timeout, &loop, [&] {
        if (next == batches.size()) {
            loop.quit();
            return;
        }
        QElapsedTimer apply;
        apply.start();
        applyBatch(batches.at(next++));
        applyTimes.append(toMs(apply.nsecsElapsed()));
    });
    meter.start();
    batchTimer.start();
    loop.exec();
    meter.stop();
    const QString prefix = QStringLiteral("visitors live (%1/batch, %2 batches), %3: ")
                               .arg(m_changesPerBatch)
                               .arg(batches.size())
                               .arg(label);
    m_results.addMs(prefix + QStringLiteral("longest stall"), meter.longestMs(), FrameTarget);
    m_results.addMs(prefix + QStringLiteral("longest stall, UI thread on a CPU"),
                    meter.longestBusyMs(), FrameTarget);
    m_results.addMs(prefix + QStringLiteral("p99 tick gap"), meter.quantileMs(0.99), FrameTarget);
    m_results.add(prefix + QStringLiteral("batch applied, median / max"),
                  msText(quantile(applyTimes, 0.5)) + QStringLiteral(" / ")
                      + msText(quantile(applyTimes, 1)));
    m_results.add(prefix + QStringLiteral("ticks later than 16 ms"),
                  QString::number(meter.countOver(16)), QStringLiteral("0"));
}

} // namespace papo::bench
