#pragma once

#include "models/reportfilters.h"
#include "net/serverconnection.h"

#include <QJsonObject>
#include <QObject>

namespace papo::desk {

class CsvDownload;
class VisitorExportController;

// Asks the server for reports (REP-1): the filters, resolved on the viewer's today in their
// time zone, go out as a `report` request; the answer comes back later, so the window never
// waits. A newer load supersedes an older one still on its way.
class ReportController final : public QObject
{
    Q_OBJECT

public:
    explicit ReportController(ServerConnection *connection, QObject *parent = nullptr);

    void load(const ReportFilters &filters);
    // REP-3: the report these filters name, as the server's CSV, into `filePath`.
    void saveCsv(const ReportFilters &filters, const QString &filePath);
    void cancelCsv();
    bool isSavingCsv() const;
    bool isLoading() const { return m_loading; }
    // EXP-1: the visitors' emails over a report's period.
    VisitorExportController *visitorExport() const { return m_visitorExport; }

signals:
    void loadingChanged(bool loading);
    void loaded(const QJsonObject &report);
    void failed(const QString &reason);
    // Records written, of how many (-1: not known yet).
    void csvProgress(qint64 records, qint64 total);
    void csvFinished(bool ok, qint64 records, const QString &error);
    void csvCancelled();

private:
    ServerConnection *m_connection;
    CsvDownload *m_download;
    VisitorExportController *m_visitorExport;
    int m_generation = 0; // the newest request, whose answer counts
    bool m_loading = false;
};

} // namespace papo::desk
