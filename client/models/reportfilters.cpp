#include "reportfilters.h"

#include <QUrlQuery>

#include <array>

namespace papo::desk {

namespace {

using Period = ReportFilters::Period;

constexpr std::array<std::pair<Period, const char *>, 6> PeriodNames{{
    {Period::Today, "today"},
    {Period::Yesterday, "yesterday"},
    {Period::Last7Days, "last7"},
    {Period::Last30Days, "last30"},
    {Period::ThisMonth, "month"},
    {Period::Custom, "custom"},
}};

const QStringList &bucketNames()
{
    static const QStringList names{QStringLiteral("hour"), QStringLiteral("day"),
                                   QStringLiteral("week"), QStringLiteral("month")};
    return names;
}

const QStringList &channelNames()
{
    static const QStringList names{QStringLiteral("widget"), QStringLiteral("targeted"),
                                   QStringLiteral("email")};
    return names;
}

// A positive id, or 0 when the item is absent; nullopt when it is there but no id.
std::optional<qint64> readId(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return 0;
    bool ok = false;
    const qint64 id = query.queryItemValue(name).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

QUrl ReportFilters::toUrl() const
{
    QUrlQuery query;
    for (const auto &[value, name] : PeriodNames) {
        if (value == period)
            query.addQueryItem(QStringLiteral("period"), QLatin1String(name));
    }
    if (period == Period::Custom) {
        query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    query.addQueryItem(QStringLiteral("bucket"), bucket);
    if (operatorId > 0)
        query.addQueryItem(QStringLiteral("operator"), QString::number(operatorId));
    if (groupId > 0)
        query.addQueryItem(QStringLiteral("group"), QString::number(groupId));
    if (!channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), channel);
    QUrl url;
    url.setScheme(QStringLiteral("papo"));
    url.setHost(QStringLiteral("reports"));
    url.setQuery(query);
    return url;
}

std::optional<ReportFilters> ReportFilters::fromUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("papo") || url.host() != QLatin1String("reports")
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return std::nullopt;
    const QUrlQuery query(url);
    ReportFilters filters;
    const QString periodName = query.queryItemValue(QStringLiteral("period"));
    bool known = false;
    for (const auto &[value, name] : PeriodNames) {
        if (periodName == QLatin1String(name)) {
            filters.period = value;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    if (filters.period == Period::Custom) {
        filters.from = QDate::fromString(query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
        filters.to = QDate::fromString(query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
        if (!filters.from.isValid() || !filters.to.isValid() || filters.to < filters.from)
            return std::nullopt;
    }
    if (query.hasQueryItem(QStringLiteral("bucket")))
        filters.bucket = query.queryItemValue(QStringLiteral("bucket"));
    filters.channel = query.queryItemValue(QStringLiteral("channel"));
    const auto operatorId = readId(query, QStringLiteral("operator"));
    const auto groupId = readId(query, QStringLiteral("group"));
    if (!bucketNames().contains(filters.bucket) || !operatorId || !groupId
        || (!filters.channel.isEmpty() && !channelNames().contains(filters.channel)))
        return std::nullopt;
    filters.operatorId = *operatorId;
    filters.groupId = *groupId;
    return filters;
}

std::pair<QDate, QDate> ReportFilters::dates(QDate today) const
{
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case Period::Last7Days:
        return {today.addDays(-6), today};
    case Period::Last30Days:
        return {today.addDays(-29), today};
    case Period::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Period::Custom:
        break;
    }
    return {from, to};
}

QJsonObject ReportFilters::requestFields(QDate today, const QTimeZone &zone) const
{
    const auto [first, last] = dates(today);
    QJsonObject fields{{QLatin1String("from"), first.toString(Qt::ISODate)},
                       {QLatin1String("to"), last.toString(Qt::ISODate)},
                       {QLatin1String("timeZone"), QString::fromUtf8(zone.id())},
                       {QLatin1String("bucket"), bucket}};
    if (operatorId > 0)
        fields.insert(QLatin1String("operatorId"), operatorId);
    if (groupId > 0)
        fields.insert(QLatin1String("groupId"), groupId);
    if (!channel.isEmpty())
        fields.insert(QLatin1String("channel"), channel);
    return fields;
}

} // namespace papo::desk
