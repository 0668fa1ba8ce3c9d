#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace papo::server {

// A report (the `report` request's answer) as CSV rows (REP-3): for each series (everything,
// then each operator, group and channel) one row for the whole period, then one per slot.
// Read piece by piece, so it never sits whole in memory as text.
class ReportCsv final
{
public:
    explicit ReportCsv(QJsonObject report);

    static QStringList header();
    // The next rows, about `maxRows` of them, as CSV bytes (the byte order mark and header
    // first); empty at the end.
    QByteArray next(int maxRows);

private:
    QStringList row(const QString &kind, const QJsonObject &series, int slot) const;

    QJsonObject m_report;
    QJsonArray m_slots;
    QList<std::pair<QString, QJsonObject>> m_series;
    qsizetype m_seriesIndex = 0;
    int m_slot = -1; // -1: the period's row
    bool m_started = false;
};

} // namespace papo::server
