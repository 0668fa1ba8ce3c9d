#include "exportroutes.h"

#include "csvstream.h"
#include "databaseaway.h"
#include "reportcsv.h"
#include "securityheaders.h"

#include <authservice.h>
#include <csv.h>
#include <groupservice.h>
#include <reportrunner.h>
#include <requests/reportrequests.h>
#include <visitorexportrepository.h>
#include <zonetimeformatter.h>

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace papo::server {

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

void refuse(QHttpServerResponder &&responder, const QString &code, const QString &message,
            StatusCode status)
{
    QHttpServerResponse response(
        QJsonObject{{QLatin1String("error"), code}, {QLatin1String("message"), message}}, status);
    SecurityHeaders::addTo(response);
    response.write(std::move(responder));
}

std::optional<OperatorRecord> caller(ServerContext &context, const QHttpServerRequest &request,
                                     bool *databaseAway)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    return context.auth.operatorForToken(QString::fromLatin1(header.mid(7)).trimmed(),
                                         databaseAway);
}

// No caller: a wrong token, or one that could not be looked up right now.
void refuseCaller(QHttpServerResponder &&responder, bool databaseAway)
{
    if (databaseAway)
        refuse(std::move(responder), QStringLiteral("internal"), databaseAwayMessage(),
               StatusCode::ServiceUnavailable);
    else
        refuse(std::move(responder), QStringLiteral("unauthorized"),
               QStringLiteral("Sign in again."), StatusCode::Unauthorized);
}

// The query string as a request's `d`: ids as numbers, the rest as text.
QJsonObject queryFields(const QHttpServerRequest &request)
{
    QJsonObject fields;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        bool number = false;
        const qint64 id = value.toLongLong(&number);
        if (name.endsWith(QLatin1String("Id")) && number)
            fields.insert(name, double(id));
        else
            fields.insert(name, value);
    }
    return fields;
}

void startCsv(QHttpServerResponder &responder, const QByteArray &fileName, qint64 rows)
{
    responder.writeStatusLine(StatusCode::Ok);
    responder.writeHeader("Content-Type", "text/csv; charset=utf-8");
    responder.writeHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    responder.writeHeader("Transfer-Encoding", "chunked");
    responder.writeHeader("Cache-Control", "no-store");
    // How many records follow the header, for papo-desk's progress bar.
    responder.writeHeader("X-Papo-Rows", QByteArray::number(rows));
    SecurityHeaders::writeTo(responder);
    responder.writeBody(QByteArray());
}

const QStringList &visitorFieldNames()
{
    static const QStringList names
        = {QStringLiteral("name"),         QStringLiteral("email"),     QStringLiteral("phone"),
           QStringLiteral("firstVisit"),   QStringLiteral("lastVisit"), QStringLiteral("location"),
           QStringLiteral("customFields"), QStringLiteral("consent")};
    return names;
}

QString visitorField(const VisitorExportRow &row, const QString &field, ZoneTimeFormatter &times)
{
    const auto time = [&](const QDateTime &at) { return times.format(at); };
    if (field == QLatin1String("name"))
        return row.name;
    if (field == QLatin1String("email"))
        return row.email;
    if (field == QLatin1String("phone"))
        return row.phone;
    if (field == QLatin1String("firstVisit"))
        return time(row.firstVisit);
    if (field == QLatin1String("lastVisit"))
        return time(row.lastVisit);
    if (field == QLatin1String("location"))
        return row.location == QLatin1String("unknown") ? QString() : row.location;
    if (field == QLatin1String("customFields"))
        return row.customFields == QLatin1String("{}") ? QString() : row.customFields;
    return time(row.consentAt);
}

} // namespace

void ExportRoutes::addTo(QHttpServer &http)
{
    http.route(QStringLiteral("/api/reports.csv"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   reportCsv(request, std::move(responder));
               });
    http.route(QStringLiteral("/api/exports/visitors.csv"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   visitorsCsv(request, std::move(responder));
               });
}

void ExportRoutes::reportCsv(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    bool databaseAway = false;
    const auto account = caller(m_context, request, &databaseAway);
    if (!account) {
        refuseCaller(std::move(responder), databaseAway);
        return;
    }
    common::ErrorCode code;
    QString message;
    const auto query = ReportRequests::readQuery(queryFields(request), *account, &code, &message);
    if (!query) {
        const bool forbidden = code == common::ErrorCode::Forbidden;
        refuse(std::move(responder), common::errorCodeName(code), message,
               forbidden ? StatusCode::Forbidden : StatusCode::BadRequest);
        return;
    }
    // Off the event loop, like the `report` request; the CSV goes out once the report is ready.
    // The answer goes out if the client is still there when the report is ready.
    const QPointer<QTcpSocket> client = responder.socket();
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    m_context.reports.build(
        *query, m_context.accounts.operators(), m_context.groups.groups(),
        [client, pending](const std::optional<QJsonObject> &report) {
            if (!client || client->state() != QAbstractSocket::ConnectedState)
                return;
            if (!report) {
                refuse(std::move(*pending), QStringLiteral("internal"),
                       QStringLiteral("The report could not be read."),
                       StatusCode::InternalServerError);
                return;
            }
            const qsizetype seriesCount
                = 1 + report->value(QLatin1String("operators")).toArray().size()
                  + report->value(QLatin1String("groups")).toArray().size()
                  + report->value(QLatin1String("channels")).toArray().size();
            const qsizetype rows
                = seriesCount * (1 + report->value(QLatin1String("slots")).toArray().size());
            QTcpSocket *socket = pending->socket();
            startCsv(*pending, "papo-report.csv", rows);
            auto csv = std::make_shared<ReportCsv>(*report);
            CsvStream::start(socket, [csv](bool *) { return csv->next(200); });
        });
}

void ExportRoutes::visitorsCsv(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    bool databaseAway = false;
    const auto account = caller(m_context, request, &databaseAway);
    if (!account) {
        refuseCaller(std::move(responder), databaseAway);
        return;
    }
    if (!account->isAdmin()) {
        refuse(std::move(responder), QStringLiteral("forbidden"),
               QStringLiteral("Only owners and admins may export visitors."),
               StatusCode::Forbidden);
        return;
    }
    const QUrlQuery query = request.query();
    const QDate from = QDate::fromString(query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
    const QTimeZone zone(query.queryItemValue(QStringLiteral("timeZone")).toUtf8());
    QStringList fields = query.queryItemValue(QStringLiteral("fields"))
                             .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty())
        fields = visitorFieldNames();
    const bool consented = query.queryItemValue(QStringLiteral("consented")) == QLatin1String("1");
    QString error;
    if (!from.isValid() || !to.isValid() || to < from)
        error = QStringLiteral("\"from\" and \"to\" must be dates (YYYY-MM-DD), from ≤ to.");
    else if (!zone.isValid())
        error = QStringLiteral("\"timeZone\" must be an IANA time zone.");
    for (const QString &field : std::as_const(fields)) {
        if (!visitorFieldNames().contains(field))
            error = QStringLiteral("Unknown field \"%1\"; the fields are %2.")
                        .arg(field.left(40), visitorFieldNames().join(u','));
    }
    if (!error.isEmpty()) {
        refuse(std::move(responder), QStringLiteral("invalid_field"), error,
               StatusCode::BadRequest);
        return;
    }
    const QDateTime start = from.startOfDay(zone).toUTC();
    const QDateTime end = to.addDays(1).startOfDay(zone).toUTC();
    auto repository = std::make_shared<VisitorExportRepository>(m_context.accounts.database());
    const auto total = repository->count(start, end, consented);
    if (!total) {
        refuse(std::move(responder), QStringLiteral("internal"),
               QStringLiteral("The visitors could not be read."), StatusCode::InternalServerError);
        return;
    }
    QTcpSocket *socket = responder.socket();
    startCsv(responder, "papo-visitors.csv", *total);
    auto afterId = std::make_shared<qint64>(-1); // -1: the header is next
    auto times = std::make_shared<ZoneTimeFormatter>(zone);
    CsvStream::start(socket, [=](bool *failed) -> QByteArray {
        if (*afterId < 0) {
            *afterId = 0;
            return common::Csv::byteOrderMark() + common::Csv::row(fields);
        }
        const auto page = repository->page(start, end, consented, *afterId);
        if (!page) {
            *failed = true;
            return {};
        }
        QByteArray bytes;
        for (const VisitorExportRow &row : *page) {
            QStringList cells;
            for (const QString &field : fields)
                cells << visitorField(row, field, *times);
            bytes += common::Csv::row(cells);
            *afterId = row.id;
        }
        return bytes;
    });
}

} // namespace papo::server
