#pragma once

#include "models/reportfilters.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace papo::desk {

class DownloadProgress;
class ReportController;
class VisitorExportDialog;

// The Reports tab (REP-1, REP-2): the filters, a chart of the chosen figure slot by slot, and
// a table of every figure per operator, group and channel under it. Loading shows a busy bar
// and never blocks the window; "Copy link" puts the filters on the clipboard as a
// papo://reports link. "Save CSV…" writes the report as CSV (REP-3); owners and admins also
// get "Export visitors' emails…" over the same period (EXP-1).
class ReportsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(ReportController *controller, QWidget *parent = nullptr);

    ReportFilters filters() const;
    // Shows the report a link names (filters unknown here, e.g. an operator id, are kept).
    void setFilters(const ReportFilters &filters);
    void reload();
    // What "Save CSV…" does once a file is chosen.
    void saveCsvTo(const QString &path);
    // Owners and admins export visitors' emails; the server refuses anyone else anyway.
    void setMayExportVisitors(bool may);
    // The export dialog once opened (it stays until closed), else null.
    VisitorExportDialog *visitorExportDialog() const;
    const QJsonObject &report() const { return m_report; }

private:
    void showReport(const QJsonObject &report);
    void saveCsv();
    void showCsvOutcome(bool ok, qint64 records, const QString &error);
    void openVisitorExport();
    void drawChart();
    void fillTable();
    void fillChoices(QComboBox *box, const QJsonArray &series, qint64 selected);
    void updateCustomDates();
    QString seriesName(const QString &kind, const QJsonObject &series) const;

    ReportController *m_controller;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_bucket;
    QComboBox *m_operator;
    QComboBox *m_group;
    QComboBox *m_channel;
    QComboBox *m_figure;
    QPushButton *m_copyLink;
    QPushButton *m_saveCsv;
    QPushButton *m_exportVisitors;
    DownloadProgress *m_csvProgress;
    QProgressBar *m_progress;
    QLabel *m_error;
    QChartView *m_chart;
    QTableWidget *m_table;
    QPointer<VisitorExportDialog> m_exportDialog;
    QString m_csvPath;
    QJsonObject m_report;
    ReportFilters m_wanted; // ids from a link, kept until the lists that hold them arrive
    bool m_applying = false;
};

} // namespace papo::desk
