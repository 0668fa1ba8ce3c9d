#include "deskfixture.h"
#include "reportfixture.h"

#include "app/deskinstance.h"
#include "app/reportcontroller.h"
#include "app/translationloader.h"
#include "models/durationtext.h"
#include "views/downloadprogress.h"
#include "views/mainwindow.h"
#include "views/reportsview.h"

#include <csv.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <atomic>
#include <thread>

using namespace papo::desk;
using namespace papo::testing;

namespace {

QStringList tableRow(QTableWidget &table, const QString &who)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0) && table.item(row, 0)->text() == who) {
            QStringList cells;
            for (int column = 0; column < table.columnCount(); ++column)
                cells << table.item(row, column)->text();
            return cells;
        }
    }
    return {};
}

QList<qreal> bars(QChartView &view)
{
    const auto series = view.chart() ? view.chart()->series() : QList<QAbstractSeries *>();
    auto *barSeries = series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.first());
    QList<qreal> values;
    if (barSeries && !barSeries->barSets().isEmpty()) {
        QBarSet *set = barSeries->barSets().first();
        for (int i = 0; i < set->count(); ++i)
            values << set->at(i);
    }
    return values;
}

} // namespace

// REP-1, REP-2 in papo-desk, offscreen against the real server: the Reports tab draws the
// figures of a history written at known times, and its link opens the same report elsewhere.
class TestReportsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR")) // the owner's name in the picture
            m_server.setEnvironment("PAPO_OWNER_NAME", "Ana Souza");
        QVERIFY(startAndLogIn(m_server, &m_ownerToken));
        QVERIFY(addOperator(m_server, "bia@papo.test", "Bia", "senha-da-bia"));
        m_biaToken = m_server.login("bia@papo.test", "senha-da-bia");
        QVERIFY(!m_biaToken.isEmpty());
        ReportFixture fixture;
        QVERIFY(fixture.open(m_server));
        const qint64 bia = fixture.operatorId("bia@papo.test");
        const qint64 owner = fixture.operatorId(ServerProcess::ownerEmail());
        const qint64 visitor = fixture.visitor(0);
        // Noon UTC: the same calendar day in the test machine's zone, whichever it is.
        const qint64 c1 = fixture.conversation(visitor, "2026-11-03T12:00:00Z", bia, true, "good");
        QVERIFY(fixture.message(c1, "2026-11-03T12:00:00Z"));
        QVERIFY(fixture.message(c1, "2026-11-03T12:01:00Z", bia)); // 60 s
        const qint64 c2 = fixture.conversation(visitor, "2026-11-04T12:00:00Z", owner, true);
        QVERIFY(fixture.message(c2, "2026-11-04T12:00:00Z"));
        QVERIFY(fixture.message(c2, "2026-11-04T12:03:00Z", owner)); // 180 s
        const qint64 c3 = fixture.conversation(visitor, "2026-11-04T13:00:00Z", 0, true);
        QVERIFY(fixture.message(c3, "2026-11-04T13:00:00Z")); // missed
    }

    void theTabDrawsTheFigures()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        auto *tabs = child<QTabWidget>(desk.window, "mainTabs");
        ReportsView *view = desk.window.reportsView();
        QVERIFY(tabs && view);
        tabs->setCurrentWidget(view);           // the person opens the tab
        QTRY_VERIFY(!view->report().isEmpty()); // the default report (last 7 days) came
        view->setFilters(fixtureFilters());
        auto *progress = child<QProgressBar>(*view, "reportProgress");
        QVERIFY(progress->isVisible()); // loading shows, the window goes on
        QTRY_COMPARE(view->report().value("from").toString(), QString("2026-11-02"));
        QTRY_VERIFY(!progress->isVisible());

        auto *table = child<QTableWidget>(*view, "reportTable");
        const QStringList everyone = tableRow(*table, "Everyone");
        QCOMPARE(everyone.mid(1, 4),
                 (QStringList{"3", "1", DurationText::format(120), DurationText::format(180)}));
        QCOMPARE(everyone.value(7), "100 %");
        QCOMPARE(tableRow(*table, "Bia").mid(1, 3),
                 (QStringList{"1", "0", DurationText::format(60)}));
        QCOMPARE(tableRow(*table, "Nobody (not taken)").value(2), "1");
        // Chats per day, Monday to Thursday.
        auto *chart = child<QChartView>(*view, "reportChart");
        QCOMPARE(bars(*chart), (QList<qreal>{0, 1, 2, 0}));
        // Chats count in whole numbers: the axis reads 0, 1, 2.
        auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->max(), 2.0);
        QCOMPARE(axis->tickCount(), 3);
        QCOMPARE(axis->labelFormat(), QString("%d"));
        // Every column shows in a 1280 px window, no sideways scrolling.
        desk.window.resize(1280, 760);
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
        auto *figure = child<QComboBox>(*view, "reportFigure");
        figure->setCurrentIndex(1); // missed chats
        QCOMPARE(bars(*chart), (QList<qreal>{0, 0, 1, 0}));
        QVERIFY(!desk.window.grab().isNull());

        // REP-3: the CSV papo-desk writes holds what the table shows.
        QTemporaryDir dir;
        const QString path = dir.filePath("relatorio.csv");
        auto *reports = desk.window.findChild<ReportController *>();
        QVERIFY(reports);
        QSignalSpy saved(reports, &ReportController::csvFinished);
        view->saveCsvTo(path); // "Save CSV…" once the file is chosen
        auto *csvProgress = child<DownloadProgress>(*view, "reportCsvProgress");
        QVERIFY(csvProgress->isVisible());
        QVERIFY(!child<QPushButton>(*view, "reportSaveCsv")->isEnabled());
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(!csvProgress->isVisible());
        // Every record the server announced (X-Papo-Rows) was written.
        const qint64 rows = saved.first().at(1).toLongLong();
        QCOMPARE(child<QLabel>(*view, "reportMessage")->text(),
                 QString("The report is saved in %1 (%2 rows).")
                     .arg(QDir::toNativeSeparators(path), QLocale().toString(rows)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = papo::common::Csv::parse(file.readAll());
        QCOMPARE(csv.value(1).value(0), "total");           // the period's row for everyone
        QCOMPARE(csv.value(1).value(6), everyone.value(1)); // chats
        QCOMPARE(csv.value(1).value(7), everyone.value(2)); // missed
        QCOMPARE(DurationText::format(csv.value(1).value(8).toLongLong()), everyone.value(3));
        QCOMPARE(DurationText::format(csv.value(1).value(9).toLongLong()), everyone.value(4));
        QCOMPARE(csv.size() - 1, rows);

        // Cancel, pressed as the first rows are written, leaves no file and says so.
        const QString cancelledPath = dir.filePath("cancelado.csv");
        int shownMaximum = -1;
        connect(reports, &ReportController::csvProgress, this, [&] {
            if (shownMaximum >= 0)
                return;
            shownMaximum = child<QProgressBar>(*csvProgress, "downloadBar")->maximum();
            QTest::mouseClick(child<QPushButton>(*csvProgress, "downloadCancel"), Qt::LeftButton);
        });
        QSignalSpy cancelled(reports, &ReportController::csvCancelled);
        view->saveCsvTo(cancelledPath);
        QVERIFY(cancelled.wait(15000));
        QCOMPARE(shownMaximum, rows); // the bar counts rows of the rows announced
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{"relatorio.csv"});
        QCOMPARE(child<QLabel>(*view, "reportMessage")->text(),
                 QString("Saving the CSV file was cancelled; no file was written."));
        QVERIFY(!csvProgress->isVisible());
        disconnect(reports, &ReportController::csvProgress, this, nullptr);

        // Copy link → the link a teammate opens shows the same filters and figures.
        child<QPushButton>(*view, "reportCopyLink")->click();
        const QString link = QGuiApplication::clipboard()->text();
        QVERIFY2(link.startsWith("papo://reports?period=custom&from=2026-11-02"), qPrintable(link));
        const auto opened = ReportFilters::fromUrl(QUrl(link));
        QVERIFY(opened);
        QCOMPARE(*opened, view->filters());

        // The teammate's papo-desk runs; the link opened from a chat starts papo-desk again,
        // which hands it over (another thread plays that second start) instead of running.
        DeskSession teammate;
        QVERIFY(teammate.showAndConnect(m_server, m_ownerToken));
        const QString name = "papo-desk-test-" + QUuid::createUuid().toString(QUuid::Id128);
        DeskInstance running(name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &DeskInstance::linkReceived);
        std::atomic<bool> handedOver = false;
        std::thread secondStart([&] { handedOver = DeskInstance(name).handOver(link, 10000); });
        const bool arrived = received.wait(10000);
        secondStart.join();
        QVERIFY(arrived && handedOver);
        const auto fromLink = ReportFilters::fromUrl(QUrl(received.first().first().toString()));
        QVERIFY(fromLink);
        teammate.window.openReport(*fromLink);
        ReportsView *other = teammate.window.reportsView();
        QCOMPARE(child<QTabWidget>(teammate.window, "mainTabs")->currentWidget(), other);
        QTRY_COMPARE(other->report().value("from").toString(), QString("2026-11-02"));
        QCOMPARE(other->filters(), view->filters());
        auto *otherTable = child<QTableWidget>(*other, "reportTable");
        QCOMPARE(tableRow(*otherTable, "Everyone"), everyone);
    }

    void anOperatorSeesTheirOwn()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_biaToken));
        ReportsView *view = desk.window.reportsView();
        view->setFilters(fixtureFilters());
        QTRY_COMPARE(view->report().value("from").toString(), QString("2026-11-02"));
        auto *table = child<QTableWidget>(*view, "reportTable");
        QCOMPARE(tableRow(*table, "Everyone").value(1), "1");
        QVERIFY(tableRow(*table, "Nobody (not taken)").isEmpty());
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-reports.png there (docs/desk.md), in Portuguese when
    // PAPO_QM_DIR holds papo_pt_BR.qm (the last test: the language stays).
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        speakPortugueseWhenAsked();
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        ReportsView *view = desk.window.reportsView();
        child<QTabWidget>(desk.window, "mainTabs")->setCurrentWidget(view);
        QTRY_VERIFY(!view->report().isEmpty());
        view->setFilters(fixtureFilters());
        QTRY_COMPARE(view->report().value("from").toString(), QString("2026-11-02"));
        QTRY_VERIFY(!child<QProgressBar>(*view, "reportProgress")->isVisible());
        QCOMPARE(bars(*child<QChartView>(*view, "reportChart")), (QList<qreal>{0, 1, 2, 0}));
        desk.window.resize(1280, 760);
        QTRY_VERIFY(!child<QTableWidget>(*view, "reportTable")->horizontalScrollBar()->isVisible());
        QVERIFY(desk.window.grab().save(QDir(directory).filePath("desk-reports.png")));
    }

private:
    static ReportFilters fixtureFilters()
    {
        ReportFilters filters;
        filters.period = ReportFilters::Period::Custom;
        filters.from = QDate(2026, 11, 2);
        filters.to = QDate(2026, 11, 5);
        return filters;
    }

    ServerProcess m_server;
    QString m_ownerToken;
    QString m_biaToken;
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
