#include "reportfigures.h"

#include <QJsonArray>

#include <cmath>

namespace papo::server {

QJsonObject ReportFigures::toJson(bool withOnline) const
{
    // Reports hold thousands of empty slots (nights, operators off): their object is built once.
    if (chats == 0 && onlineMilliseconds == 0) {
        static const QJsonObject empty = ReportFigures().build(false);
        static const QJsonObject emptyOnline = ReportFigures().build(true);
        return withOnline ? emptyOnline : empty;
    }
    return build(withOnline);
}

QJsonObject ReportFigures::build(bool withOnline) const
{
    const qint64 rated = good + bad;
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
    if (withOnline) {
        figures.insert(QLatin1String("onlineSeconds"),
                       std::round(double(onlineMilliseconds)) / 1000.0);
    }
    return figures;
}

void FigureTally::clear()
{
    chats = missed = good = bad = 0;
    firstResponse.clear();
    responseTime.clear();
    duration.clear();
}

ReportFigures FigureTally::figures() const
{
    return {chats,
            missed,
            good,
            bad,
            firstResponse.figures(),
            responseTime.figures(),
            duration.figures(),
            0};
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
