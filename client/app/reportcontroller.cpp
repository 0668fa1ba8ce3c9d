#include "reportcontroller.h"

#include <QTimeZone>

namespace papo::desk {

ReportController::ReportController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

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
