#pragma once

#include "clock.h"
#include "reportfigures.h"
#include "reportperiod.h"
#include "reportsummaries.h"

#include <accountrepository.h>
#include <grouprepository.h>
#include <reportrepository.h>
#include <statushistoryrepository.h>

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace papo::server {

// What a report is asked for (REP-1): the period and its slots, and the filters (0 / empty:
// all).
struct ReportQuery
{
    ReportPeriod period;
    qint64 operatorId = 0;
    qint64 groupId = 0;
    QString channel;
};

// Computes a report's figures from the report summaries (brought up to date first) and the
// status history, exactly as docs/reports.md says.
class ReportService final
{
public:
    // The channels a chat can come through; those not built yet stay at zero.
    static QStringList channels();

    ReportService(QSqlDatabase db, Clock clock);

    // nullopt when the database could not be read.
    std::optional<QJsonObject> build(const ReportQuery &query,
                                     const QList<OperatorRecord> &operators,
                                     const QList<GroupRecord> &groups);

private:
    struct Series;
    class SlotTally;
    // Adds the chats of the period, from one summary row per chat or per local day.
    bool addChats(const ReportQuery &query, Series &series);
    void addOnlineTime(const ReportQuery &query, const QList<GroupRecord> &groups, Series &series);

    ReportRepository m_reports;
    ReportSummaries m_summaries;
    StatusHistoryRepository m_history;
    Clock m_clock;
    QDateTime m_now;
    const ReportPeriod *m_period = nullptr;
};

} // namespace papo::server
