#include "reportcontroller.h"

#include "net/csvdownload.h"
#include "visitorexportcontroller.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace papo::desk {

ReportController::ReportController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_download(new CsvDownload(this))
    , m_visitorExport(new VisitorExportController(connection, this))
{
    connect(m_download, &CsvDownload::progress, this, &ReportController::csvProgress);
    connect(m_download, &CsvDownload::finished, this, &ReportController::csvFinished);
    connect(m_download, &CsvDownload::cancelled, this, &ReportController::csvCancelled);
}

void ReportController::cancelCsv()
{
    m_download->cancel();
}

bool ReportController::isSavingCsv() const
{
    return m_download->isRunning();
}

void ReportController::saveCsv(const ReportFilters &filters, const QString &filePath)
{
    const QJsonObject fields
        = filters.requestFields(QDate::currentDate(), QTimeZone::systemTimeZone());
    QUrlQuery query;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        query.addQueryItem(it.key(), it.value().isDouble() ? QString::number(it.value().toInteger())
                                                           : it.value().toString());
    m_download->start(m_connection->serverUrl(), m_connection->token(),
                      QStringLiteral("/api/reports.csv"), query, filePath);
}

void ReportController::load(const ReportFilters &filters)
{
    const QJsonObject fields
        = filters.requestFields(QDate::currentDate(), QTimeZone::systemTimeZone());
    const int generation = ++m_generation;
    m_connection->request(
        QStringLiteral("report"), fields, this, [this, generation](const RequestReply &reply) {
            if (generation != m_generation)
                return; // a newer load is on its way
            m_loading = false;
            emit loadingChanged(false);
            if (reply.ok)
                emit loaded(reply.data.value(QLatin1String("report")).toObject());
            else
                emit failed(reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage);
        });
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
}

} // namespace papo::desk
