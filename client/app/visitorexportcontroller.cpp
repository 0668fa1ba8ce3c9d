#include "visitorexportcontroller.h"

#include "net/csvdownload.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace papo::desk {

VisitorExportController::VisitorExportController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_download(new CsvDownload(this))
{
    connect(m_download, &CsvDownload::progress, this, &VisitorExportController::progress);
    connect(m_download, &CsvDownload::finished, this, &VisitorExportController::finished);
    connect(m_download, &CsvDownload::cancelled, this, &VisitorExportController::cancelled);
}

QStringList VisitorExportController::fieldNames()
{
    return {QStringLiteral("name"),         QStringLiteral("email"),     QStringLiteral("phone"),
            QStringLiteral("firstVisit"),   QStringLiteral("lastVisit"), QStringLiteral("location"),
            QStringLiteral("customFields"), QStringLiteral("consent")};
}

std::pair<QDate, QDate> VisitorExportController::periodDates(const ReportFilters &filters)
{
    return filters.dates(QDate::currentDate());
}

void VisitorExportController::start(QDate from, QDate to, const QStringList &fields,
                                    bool consentedOnly, const QString &filePath)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("timeZone"),
                       QString::fromUtf8(QTimeZone::systemTimeZone().id()));
    query.addQueryItem(QStringLiteral("fields"), fields.join(QLatin1Char(',')));
    if (consentedOnly)
        query.addQueryItem(QStringLiteral("consented"), QStringLiteral("1"));
    m_download->start(m_connection->serverUrl(), m_connection->token(),
                      QStringLiteral("/api/exports/visitors.csv"), query, filePath);
}

void VisitorExportController::cancel()
{
    m_download->cancel();
}

bool VisitorExportController::isRunning() const
{
    return m_download->isRunning();
}

} // namespace papo::desk
