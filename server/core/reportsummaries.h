#pragma once

#include <reportrepository.h>

#include <QDateTime>
#include <QTimeZone>

namespace papo::server {

// Keeps the report summaries (docs/reports.md, "How reports stay fast") up to date before a
// report reads them: each chat marked since (by the database's triggers, in the transaction
// that changed it) is summarized again from its messages, and its old figures are moved out of
// every zone's day rows and its new ones in. Exact by construction; runs on the report
// worker's connection, up to 1,000 marks per transaction so writers wait little.
class ReportSummaries final
{
public:
    explicit ReportSummaries(QSqlDatabase db);

    // false when the database could not be read or written.
    bool refresh(const QDateTime &now);
    // Day rows for `zone`, built from the chat summaries the first time a report asks for it,
    // a day of chats per transaction.
    bool ensureZone(const QTimeZone &zone);

    static QString zoneName(const QTimeZone &zone) { return QString::fromUtf8(zone.id()); }

private:
    // Summarizes the next marked chats after `afterId` again; *lastId: the last one.
    bool refreshBatch(qint64 afterId, const QDateTime &now, qint64 *lastId);
    // Adds the next day of chats to the zone's rows; *built true once all are in.
    bool buildZoneStep(const QTimeZone &zone, bool *built);

    ReportRepository m_reports;
};

} // namespace papo::server
