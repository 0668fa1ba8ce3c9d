#pragma once

#include <workingschedule.h>

#include <QSqlDatabase>

namespace papo::server {

// Each operator's weekly working hours (HRS-1): the only SQL about them.
class WorkingHoursRepository final
{
public:
    explicit WorkingHoursRepository(QSqlDatabase db)
        : m_db(db)
    {}

    // Every day off until the operator saves a schedule.
    common::WorkingSchedule schedule(qint64 operatorId);
    bool save(qint64 operatorId, const common::WorkingSchedule &schedule);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
