#include "reportfigures.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace papo::server {

namespace {

double seconds(double milliseconds)
{
    return std::round(milliseconds) / 1000.0;
}

} // namespace

QJsonObject DurationFigures::toJson() const
{
    const qsizetype count = m_milliseconds.size();
    if (count == 0) {
        return {{QLatin1String("count"), 0},
                {QLatin1String("mean"), QJsonValue::Null},
                {QLatin1String("median"), QJsonValue::Null},
                {QLatin1String("p90"), QJsonValue::Null}};
    }
    QList<qint64> sorted = m_milliseconds;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (qint64 value : sorted)
        sum += double(value);
    // The median: the middle time, or the mean of the two middle ones. The 90th percentile by
    // nearest rank: the smallest time that at least 90 % of the times do not exceed.
    const double median = count % 2 == 1
                              ? double(sorted[count / 2])
                              : (double(sorted[count / 2 - 1]) + double(sorted[count / 2])) / 2;
    const qsizetype rank = qsizetype(std::ceil(0.9 * double(count)));
    return {{QLatin1String("count"), count},
            {QLatin1String("mean"), seconds(sum / double(count))},
            {QLatin1String("median"), seconds(median)},
            {QLatin1String("p90"), seconds(double(sorted[std::max<qsizetype>(rank, 1) - 1]))}};
}

QJsonObject ReportFigures::toJson(bool withOnline) const
{
    const int rated = good + bad;
    QJsonObject figures{
        {QLatin1String("chats"), chats},
        {QLatin1String("missed"), missed},
        {QLatin1String("firstResponse"), firstResponse.toJson()},
        {QLatin1String("responseTime"), responseTime.toJson()},
        {QLatin1String("duration"), duration.toJson()},
        {QLatin1String("ratings"),
         QJsonObject{{QLatin1String("good"), good},
                     {QLatin1String("bad"), bad},
                     {QLatin1String("goodShare"),
                      rated > 0 ? QJsonValue(double(good) / double(rated)) : QJsonValue()}}}};
    if (withOnline)
        figures.insert(QLatin1String("onlineSeconds"), seconds(double(onlineMilliseconds)));
    return figures;
}

QJsonObject ReportSeries::toJson(bool withOnline) const
{
    QJsonArray perSlot;
    for (const ReportFigures &figures : bySlot)
        perSlot.append(figures.toJson(withOnline));
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("total"), total.toJson(withOnline)},
            {QLatin1String("slots"), perSlot}};
}

} // namespace papo::server
