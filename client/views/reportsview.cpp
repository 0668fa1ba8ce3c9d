#include "reportsview.h"

#include "app/reportcontroller.h"
#include "app/visitorexportcontroller.h"
#include "downloadprogress.h"
#include "models/durationtext.h"
#include "visitorexportdialog.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace papo::desk {

namespace {

using Period = ReportFilters::Period;

// The figures, in the chart's choice and the table's columns: which object, which part.
struct Figure
{
    const char *object; // "" for a plain number
    const char *part;
    bool duration;
};

constexpr Figure Figures[] = {
    {"", "chats", false},
    {"", "missed", false},
    {"firstResponse", "median", true},
    {"firstResponse", "p90", true},
    {"responseTime", "median", true},
    {"duration", "median", true},
    {"ratings", "goodShare", false},
    {"", "onlineSeconds", true},
};

QJsonValue figureValue(const QJsonObject &figures, int index)
{
    const Figure &figure = Figures[index];
    const QJsonObject holder
        = *figure.object ? figures.value(QLatin1String(figure.object)).toObject() : figures;
    return holder.value(QLatin1String(figure.part));
}

QString figureText(const QJsonValue &value, int index)
{
    if (!value.isDouble())
        return QStringLiteral("—");
    if (Figures[index].duration)
        return DurationText::format(qint64(value.toDouble()));
    if (QLatin1String(Figures[index].part) == QLatin1String("goodShare"))
        return QStringLiteral("%1 %").arg(qRound(value.toDouble() * 100));
    return QString::number(value.toInteger());
}

} // namespace

ReportsView::ReportsView(ReportController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_bucket(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_figure(new QComboBox(this))
    , m_copyLink(new QPushButton(tr("Copy link"), this))
    , m_saveCsv(new QPushButton(tr("Save CSV…"), this))
    , m_exportVisitors(new QPushButton(tr("Export visitors' emails…"), this))
    , m_csvProgress(new DownloadProgress(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("reportsView"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_bucket->setObjectName(QStringLiteral("reportBucket"));
    m_operator->setObjectName(QStringLiteral("reportOperator"));
    m_group->setObjectName(QStringLiteral("reportGroup"));
    m_channel->setObjectName(QStringLiteral("reportChannel"));
    m_figure->setObjectName(QStringLiteral("reportFigure"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_copyLink->setObjectName(QStringLiteral("reportCopyLink"));
    m_saveCsv->setObjectName(QStringLiteral("reportSaveCsv"));
    m_exportVisitors->setObjectName(QStringLiteral("reportExportVisitors"));
    m_exportVisitors->hide(); // until the server says this is an owner or admin
    m_csvProgress->setObjectName(QStringLiteral("reportCsvProgress"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_error->setObjectName(QStringLiteral("reportMessage"));
    m_table->setObjectName(QStringLiteral("reportTable"));

    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Yesterday"), int(Period::Yesterday));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    m_period->setCurrentIndex(2);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
    }
    m_bucket->addItem(tr("By hour"), QStringLiteral("hour"));
    m_bucket->addItem(tr("By day"), QStringLiteral("day"));
    m_bucket->addItem(tr("By week"), QStringLiteral("week"));
    m_bucket->addItem(tr("By month"), QStringLiteral("month"));
    m_bucket->setCurrentIndex(1);
    m_operator->addItem(tr("Everyone"), 0);
    m_group->addItem(tr("All groups"), 0);
    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("Widget"), QStringLiteral("widget"));
    m_channel->addItem(tr("Targeted messages"), QStringLiteral("targeted"));
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    const QStringList figureNames{tr("Chats"),
                                  tr("Missed chats"),
                                  tr("First response (median)"),
                                  tr("First response (90th percentile)"),
                                  tr("Response time (median)"),
                                  tr("Chat duration (median)"),
                                  tr("Satisfaction (share rated good)"),
                                  tr("Online time")};
    for (int i = 0; i < figureNames.size(); ++i)
        m_figure->addItem(figureNames[i], i);
    m_progress->setRange(0, 0); // busy
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_table->setColumnCount(int(std::size(Figures)) + 1);
    QStringList headers{tr("Who")};
    // The qualifier on a second line: the columns fit a 1280 px window without scrolling.
    for (const QString &name : figureNames)
        headers += QString(name).replace(QLatin1String(" ("), QLatin1String("\n("));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *filterRow = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_period, m_from, m_to, m_bucket,
                                                            m_operator, m_group, m_channel})
        filterRow->addWidget(widget);
    filterRow->addStretch(1);
    filterRow->addWidget(m_copyLink);
    filterRow->addWidget(m_saveCsv);
    filterRow->addWidget(m_exportVisitors);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_csvProgress);
    layout->addWidget(m_error);
    layout->addWidget(m_figure, 0, Qt::AlignLeft);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    updateCustomDates();

    for (QComboBox *box : {m_period, m_bucket, m_operator, m_group, m_channel})
        connect(box, &QComboBox::activated, this, &ReportsView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsView::updateCustomDates);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &ReportsView::reload);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &ReportsView::drawChart);
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(filters().toUrl().toString()); });
    connect(m_saveCsv, &QPushButton::clicked, this, &ReportsView::saveCsv);
    connect(m_exportVisitors, &QPushButton::clicked, this, &ReportsView::openVisitorExport);
    connect(m_csvProgress, &DownloadProgress::cancelRequested, m_controller,
            &ReportController::cancelCsv);
    connect(m_controller, &ReportController::csvProgress, m_csvProgress,
            &DownloadProgress::setProgress);
    connect(m_controller, &ReportController::csvFinished, this, &ReportsView::showCsvOutcome);
    connect(m_controller, &ReportController::csvCancelled, this, [this] {
        m_csvProgress->hide();
        m_saveCsv->setEnabled(true);
        m_error->setText(tr("Saving the CSV file was cancelled; no file was written."));
        m_error->show();
    });
    connect(m_controller, &ReportController::loadingChanged, m_progress, &QWidget::setVisible);
    connect(m_controller, &ReportController::loaded, this, &ReportsView::showReport);
    connect(m_controller, &ReportController::failed, this, [this](const QString &reason) {
        m_error->setText(tr("The report could not be loaded: %1").arg(reason));
        m_error->show();
    });
}

void ReportsView::saveCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the report as CSV"),
                                       QStringLiteral("papo-report.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsvTo(path);
}

void ReportsView::saveCsvTo(const QString &path)
{
    m_csvPath = path;
    m_error->hide();
    m_saveCsv->setEnabled(false);
    m_csvProgress->begin();
    m_controller->saveCsv(filters(), path);
}

void ReportsView::showCsvOutcome(bool ok, qint64 records, const QString &error)
{
    m_csvProgress->hide();
    m_saveCsv->setEnabled(true);
    m_error->setText(ok ? tr("The report is saved in %1 (%2 rows).")
                              .arg(QDir::toNativeSeparators(m_csvPath), QLocale().toString(records))
                        : tr("The CSV file could not be saved: %1").arg(error));
    m_error->show();
}

void ReportsView::setMayExportVisitors(bool may)
{
    m_exportVisitors->setVisible(may);
    if (!may && m_exportDialog)
        m_exportDialog->reject();
}

VisitorExportDialog *ReportsView::visitorExportDialog() const
{
    return m_exportDialog;
}

void ReportsView::openVisitorExport()
{
    // The tab's period now: the dialog may have stayed open while the period changed.
    const auto [from, to] = VisitorExportController::periodDates(filters());
    if (!m_exportDialog) {
        m_exportDialog = new VisitorExportDialog(m_controller->visitorExport(), from, to, this);
        m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_exportDialog->setPeriod(from, to);
    }
    m_exportDialog->show();
    m_exportDialog->raise();
    m_exportDialog->activateWindow();
}

ReportFilters ReportsView::filters() const
{
    ReportFilters filters;
    filters.period = Period(m_period->currentData().toInt());
    if (filters.period == Period::Custom) {
        filters.from = std::min(m_from->date(), m_to->date());
        filters.to = std::max(m_from->date(), m_to->date());
    }
    filters.bucket = m_bucket->currentData().toString();
    filters.operatorId = m_operator->currentData().toLongLong();
    filters.groupId = m_group->currentData().toLongLong();
    filters.channel = m_channel->currentData().toString();
    if (m_operator->findData(m_wanted.operatorId) < 0)
        filters.operatorId = m_wanted.operatorId;
    if (m_group->findData(m_wanted.groupId) < 0)
        filters.groupId = m_wanted.groupId;
    return filters;
}

void ReportsView::setFilters(const ReportFilters &filters)
{
    m_wanted = filters;
    m_period->setCurrentIndex(m_period->findData(int(filters.period)));
    if (filters.period == Period::Custom) {
        m_from->setDate(filters.from);
        m_to->setDate(filters.to);
    }
    m_bucket->setCurrentIndex(std::max(0, m_bucket->findData(filters.bucket)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(filters.channel)));
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(filters.operatorId)));
    m_group->setCurrentIndex(std::max(0, m_group->findData(filters.groupId)));
    reload();
}

void ReportsView::reload()
{
    m_error->hide();
    const ReportFilters wanted = filters();
    m_wanted.operatorId = wanted.operatorId;
    m_wanted.groupId = wanted.groupId;
    m_controller->load(wanted);
}

void ReportsView::updateCustomDates()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void ReportsView::fillChoices(QComboBox *box, const QJsonArray &series, qint64 selected)
{
    while (box->count() > 1)
        box->removeItem(1);
    for (const QJsonValue &item : series) {
        const QJsonObject object = item.toObject();
        const qint64 id = object.value(QLatin1String("id")).toInteger();
        if (id > 0)
            box->addItem(object.value(QLatin1String("name")).toString(), id);
    }
    box->setCurrentIndex(std::max(0, box->findData(selected)));
}

void ReportsView::showReport(const QJsonObject &report)
{
    m_report = report;
    // An unfiltered report lists everyone to choose from; a filtered one only the chosen.
    if (m_wanted.operatorId == 0)
        fillChoices(m_operator, report.value(QLatin1String("operators")).toArray(), 0);
    else if (m_operator->findData(m_wanted.operatorId) < 0)
        fillChoices(m_operator, report.value(QLatin1String("operators")).toArray(),
                    m_wanted.operatorId);
    if (m_wanted.groupId == 0)
        fillChoices(m_group, report.value(QLatin1String("groups")).toArray(), 0);
    else if (m_group->findData(m_wanted.groupId) < 0)
        fillChoices(m_group, report.value(QLatin1String("groups")).toArray(), m_wanted.groupId);
    drawChart();
    fillTable();
}

void ReportsView::drawChart()
{
    const int figure = m_figure->currentData().toInt();
    auto *chart = new QChart;
    auto *series = new QBarSeries(chart);
    auto *bars = new QBarSet(m_figure->currentText(), series);
    QStringList labels;
    const QString bucket = m_report.value(QLatin1String("bucket")).toString();
    const QString format = bucket == QLatin1String("hour")    ? QStringLiteral("HH:mm")
                           : bucket == QLatin1String("month") ? QStringLiteral("MM/yyyy")
                                                              : QStringLiteral("dd/MM");
    const QJsonArray ranges = m_report.value(QLatin1String("slots")).toArray();
    const QJsonArray perSlot
        = m_report.value(QLatin1String("total")).toObject().value(QLatin1String("slots")).toArray();
    const bool isShare = QLatin1String(Figures[figure].part) == QLatin1String("goodShare");
    double highest = 0;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QDateTime start = QDateTime::fromString(
            ranges[i].toObject().value(QLatin1String("start")).toString(), Qt::ISODate);
        labels << start.toString(format);
        const QJsonValue value = figureValue(perSlot.at(i).toObject(), figure);
        double shown = value.toDouble();
        if (Figures[figure].duration)
            shown /= QLatin1String(Figures[figure].part) == QLatin1String("onlineSeconds") ? 3600.0
                                                                                           : 60.0;
        else if (isShare)
            shown *= 100;
        bars->append(shown);
        highest = std::max(highest, shown);
    }
    series->append(bars);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis(chart);
    if (Figures[figure].duration) {
        axisY->setRange(0, highest > 0 ? highest * 1.1 : 1);
        axisY->setLabelFormat(QStringLiteral("%.1f"));
        axisY->setTitleText(QLatin1String(Figures[figure].part) == QLatin1String("onlineSeconds")
                                ? tr("hours")
                                : tr("minutes"));
    } else {
        // Chats and shares are whole numbers: ticks at 0, 1, 2… (never "1.7 chats").
        const int top = isShare ? 100 : std::max(1, int(std::ceil(highest)));
        axisY->setRange(0, top);
        if (top <= 10)
            axisY->setTickCount(top + 1);
        else
            axisY->applyNiceNumbers();
        axisY->setLabelFormat(QStringLiteral("%d"));
        if (isShare)
            axisY->setTitleText(tr("% of ratings"));
    }
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

QString ReportsView::seriesName(const QString &kind, const QJsonObject &series) const
{
    const QString name = series.value(QLatin1String("name")).toString();
    if (kind == QLatin1String("total"))
        return tr("Everyone");
    if (kind == QLatin1String("channels")) {
        const QString id = series.value(QLatin1String("id")).toString();
        return id == QLatin1String("widget")     ? tr("Widget")
               : id == QLatin1String("targeted") ? tr("Targeted messages")
                                                 : tr("Email");
    }
    if (series.value(QLatin1String("id")).toInteger() == 0)
        return kind == QLatin1String("operators") ? tr("Nobody (not taken)") : tr("No group");
    return name;
}

void ReportsView::fillTable()
{
    QList<std::pair<QString, QJsonObject>> rows{
        {QStringLiteral("total"), m_report.value(QLatin1String("total")).toObject()}};
    for (const QString &kind :
         {QStringLiteral("operators"), QStringLiteral("groups"), QStringLiteral("channels")}) {
        const QJsonArray list = m_report.value(kind).toArray();
        for (const QJsonValue &series : list)
            rows.append({kind, series.toObject()});
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[kind, series] = rows[row];
        m_table->setItem(row, 0, new QTableWidgetItem(seriesName(kind, series)));
        const QJsonObject figures = series.value(QLatin1String("total")).toObject();
        for (int figure = 0; figure < int(std::size(Figures)); ++figure)
            m_table->setItem(
                row, figure + 1,
                new QTableWidgetItem(figureText(figureValue(figures, figure), figure)));
    }
}

} // namespace papo::desk
