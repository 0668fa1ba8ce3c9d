#include "reportcsv.h"

#include <csv.h>

namespace papo::server {

namespace {

QString number(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : QString();
}

} // namespace

ReportCsv::ReportCsv(QJsonObject report)
    : m_report(std::move(report))
    , m_slots(m_report.value(QLatin1String("slots")).toArray())
{
    m_series.append({QStringLiteral("total"), m_report.value(QLatin1String("total")).toObject()});
    for (const QString &kind :
         {QStringLiteral("operators"), QStringLiteral("groups"), QStringLiteral("channels")}) {
        const QJsonArray list = m_report.value(kind).toArray();
        for (const QJsonValue &series : list)
            m_series.append({kind.chopped(1), series.toObject()});
    }
}

QStringList ReportCsv::header()
{
    return {QStringLiteral("series"),
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("hours"),
            QStringLiteral("chats"),
            QStringLiteral("missed"),
            QStringLiteral("firstResponseMedian"),
            QStringLiteral("firstResponseP90"),
            QStringLiteral("firstResponseMean"),
            QStringLiteral("responseTimeMedian"),
            QStringLiteral("responseTimeP90"),
            QStringLiteral("responseTimeMean"),
            QStringLiteral("durationMedian"),
            QStringLiteral("durationP90"),
            QStringLiteral("durationMean"),
            QStringLiteral("good"),
            QStringLiteral("bad"),
            QStringLiteral("goodShare"),
            QStringLiteral("onlineSeconds")};
}

QStringList ReportCsv::row(const QString &kind, const QJsonObject &series, int slot) const
{
    QJsonObject figures;
    QString start;
    QString end;
    double hours = 0;
    if (slot < 0) {
        figures = series.value(QLatin1String("total")).toObject();
        start = m_slots.first().toObject().value(QLatin1String("start")).toString();
        end = m_slots.last().toObject().value(QLatin1String("end")).toString();
        for (const QJsonValue &each : m_slots)
            hours += each.toObject().value(QLatin1String("hours")).toDouble();
    } else {
        figures = series.value(QLatin1String("slots")).toArray().at(slot).toObject();
        const QJsonObject range = m_slots.at(slot).toObject();
        start = range.value(QLatin1String("start")).toString();
        end = range.value(QLatin1String("end")).toString();
        hours = range.value(QLatin1String("hours")).toDouble();
    }
    const QJsonValue id = series.value(QLatin1String("id"));
    QStringList cells{kind,
                      id.isString() ? id.toString() : number(id),
                      series.value(QLatin1String("name")).toString(),
                      start,
                      end,
                      QString::number(hours),
                      number(figures.value(QLatin1String("chats"))),
                      number(figures.value(QLatin1String("missed")))};
    for (const QString &times : {QStringLiteral("firstResponse"), QStringLiteral("responseTime"),
                                 QStringLiteral("duration")}) {
        const QJsonObject summary = figures.value(times).toObject();
        for (const QString &part :
             {QStringLiteral("median"), QStringLiteral("p90"), QStringLiteral("mean")})
            cells << number(summary.value(part));
    }
    const QJsonObject ratings = figures.value(QLatin1String("ratings")).toObject();
    cells << number(ratings.value(QLatin1String("good")))
          << number(ratings.value(QLatin1String("bad")))
          << number(ratings.value(QLatin1String("goodShare")))
          << number(figures.value(QLatin1String("onlineSeconds")));
    return cells;
}

QByteArray ReportCsv::next(int maxRows)
{
    QByteArray bytes;
    if (!m_started) {
        m_started = true;
        bytes = common::Csv::byteOrderMark() + common::Csv::row(header());
    }
    for (int written = 0; written < maxRows && m_seriesIndex < m_series.size(); ++written) {
        const auto &[kind, series] = m_series[m_seriesIndex];
        bytes += common::Csv::row(row(kind, series, m_slot));
        if (++m_slot >= m_slots.size()) {
            m_slot = -1;
            ++m_seriesIndex;
        }
    }
    return bytes;
}

} // namespace papo::server
