#include "reportrequests.h"

#include "operatorcall.h"

#include <fieldreader.h>
#include <groupservice.h>
#include <messagetypes.h>
#include <reportrunner.h>
#include <reportservice.h>

#include <QTimeZone>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

void ReportRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::Report, {&report});
}

std::optional<ReportQuery> ReportRequests::readQuery(const QJsonObject &data,
                                                     const OperatorRecord &caller, ErrorCode *code,
                                                     QString *message)
{
    *code = ErrorCode::InvalidField;
    FieldReader fields(data);
    const QDate from
        = QDate::fromString(fields.requiredString(QStringLiteral("from"), 10, 10), Qt::ISODate);
    const QDate to
        = QDate::fromString(fields.requiredString(QStringLiteral("to"), 10, 10), Qt::ISODate);
    const QString zoneName = fields.requiredString(QStringLiteral("timeZone"), 1, 64);
    const QString bucketName = fields.optionalString(QStringLiteral("bucket"), 8);
    qint64 operatorId = fields.optionalInteger(QStringLiteral("operatorId"), 0, 0,
                                               std::numeric_limits<qint64>::max());
    const qint64 groupId = fields.optionalInteger(QStringLiteral("groupId"), 0, 0,
                                                  std::numeric_limits<qint64>::max());
    const QString channel = fields.optionalString(QStringLiteral("channel"), 16);
    if (!fields.ok()) {
        *message = fields.errorMessage();
        return std::nullopt;
    }
    const QTimeZone zone(zoneName.toUtf8());
    ReportBucket bucket = ReportBucket::Day;
    if (!zone.isValid()) {
        *message
            = QStringLiteral("\"timeZone\" must be an IANA time zone, e.g. America/Sao_Paulo.");
        return std::nullopt;
    }
    if (!bucketName.isEmpty() && !parseReportBucket(bucketName, &bucket)) {
        *message = QStringLiteral("\"bucket\" must be hour, day, week or month.");
        return std::nullopt;
    }
    if (!channel.isEmpty() && !ReportService::channels().contains(channel)) {
        *message = QStringLiteral("\"channel\" must be one of %1.")
                       .arg(ReportService::channels().join(u", "));
        return std::nullopt;
    }
    // An operator's report is always about themselves, whatever the request says.
    if (!caller.isAdmin()) {
        if (operatorId != 0 && operatorId != caller.id) {
            *code = ErrorCode::Forbidden;
            *message = QStringLiteral("Operators see only their own figures.");
            return std::nullopt;
        }
        operatorId = caller.id;
    }
    auto period = ReportPeriod::make(from, to, zone, bucket, message);
    if (!period)
        return std::nullopt;
    return ReportQuery{*period, operatorId, groupId, channel};
}

void ReportRequests::report(OperatorCall &call)
{
    ErrorCode code;
    QString message;
    const auto query = readQuery(call.data(), call.caller(), &code, &message);
    if (!query) {
        call.fail(code, message);
        return;
    }
    // Off the event loop: on a big database a report takes longer than a chat may wait.
    call.context().reports.build(
        *query, call.context().accounts.operators(), call.context().groups.groups(),
        [acknowledge = call.acknowledgeLater(),
         fail = call.failLater()](const std::optional<QJsonObject> &report) {
            if (report)
                acknowledge({{QLatin1String("report"), *report}});
            else
                fail(ErrorCode::Internal, QStringLiteral("The report could not be read."));
        });
}

} // namespace papo::server
