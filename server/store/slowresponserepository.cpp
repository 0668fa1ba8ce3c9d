#include "slowresponserepository.h"

#include "accountsettings.h"
#include "cachedquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {
const QString ThresholdSetting = QStringLiteral("slow_response_seconds");
} // namespace

int SlowResponseRepository::thresholdSeconds()
{
    bool ok = false;
    const int seconds = AccountSettings::value(m_db, ThresholdSetting).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultThresholdSeconds;
}

bool SlowResponseRepository::setThresholdSeconds(int seconds)
{
    return AccountSettings::setValue(m_db, ThresholdSetting, QString::number(seconds));
}

QList<qint64> SlowResponseRepository::optedInOperators()
{
    QList<qint64> result;
    QSqlQuery query(m_db);
    query.exec(
        QStringLiteral("SELECT id FROM operators WHERE notify_when_slow = 1 AND active = 1"));
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

bool SlowResponseRepository::setOptedIn(qint64 operatorId, bool optedIn)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE operators SET notify_when_slow = ? WHERE id = ?"));
    query.addBindValue(optedIn ? 1 : 0);
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace papo::server
