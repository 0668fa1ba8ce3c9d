#pragma once

#include "models/reportfilters.h"
#include "net/serverconnection.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <utility>

namespace papo::desk {

class CsvDownload;

// Exports the visitors who left an email address (EXP-1): the server's
// /api/exports/visitors.csv for a period, with the fields chosen and optionally only those who
// agreed to marketing email, streamed into a file with progress in visitors. Owners and admins
// only; the server refuses anyone else.
class VisitorExportController final : public QObject
{
    Q_OBJECT

public:
    explicit VisitorExportController(ServerConnection *connection, QObject *parent = nullptr);

    // The fields the server knows, in its order (docs/protocol.md, "visitors.csv").
    static QStringList fieldNames();
    // The days a report's period covers today, in this computer's time zone.
    static std::pair<QDate, QDate> periodDates(const ReportFilters &filters);

    void start(QDate from, QDate to, const QStringList &fields, bool consentedOnly,
               const QString &filePath);
    void cancel();
    bool isRunning() const;

signals:
    void progress(qint64 visitors, qint64 total);
    void finished(bool ok, qint64 visitors, const QString &error);
    void cancelled();

private:
    ServerConnection *m_connection;
    CsvDownload *m_download;
};

} // namespace papo::desk
