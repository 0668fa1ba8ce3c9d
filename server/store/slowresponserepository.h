#pragma once

#include <QList>
#include <QSqlDatabase>

namespace papo::server {

// STA-5's settings: the account's threshold (admins set it) and which operators opted in.
class SlowResponseRepository final
{
public:
    static constexpr int DefaultThresholdSeconds = 60;

    explicit SlowResponseRepository(QSqlDatabase db)
        : m_db(db)
    {}

    int thresholdSeconds();
    bool setThresholdSeconds(int seconds);
    QList<qint64> optedInOperators();
    bool setOptedIn(qint64 operatorId, bool optedIn);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
