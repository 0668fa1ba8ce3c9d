#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>
#include <utility>

namespace papo::desk {

// What a report shows (REP-1, REP-2): its period, slot size and filters, and the link that
// carries them, `papo://reports?period=last7&bucket=day&operator=3&group=2&channel=widget`.
// Relative periods stay relative in the link (a teammate opening "last 7 days" tomorrow sees
// their last 7 days); a custom one carries its dates (`period=custom&from=…&to=…`).
struct ReportFilters
{
    enum class Period { Today, Yesterday, Last7Days, Last30Days, ThisMonth, Custom };

    Period period = Period::Last7Days;
    QDate from; // Custom only
    QDate to;   // Custom only
    QString bucket = QStringLiteral("day");
    qint64 operatorId = 0; // 0: everyone
    qint64 groupId = 0;    // 0: every group
    QString channel;       // empty: every channel

    QUrl toUrl() const;
    // nullopt for anything but a well-formed papo://reports link.
    static std::optional<ReportFilters> fromUrl(const QUrl &url);

    // The first and last day the period covers when the viewer's today is `today`: last 7
    // days and last 30 days end today, this month runs from its first day to today.
    std::pair<QDate, QDate> dates(QDate today) const;
    // The `report` request's fields (docs/protocol.md), for the viewer in `zone`.
    QJsonObject requestFields(QDate today, const QTimeZone &zone) const;

    friend bool operator==(const ReportFilters &, const ReportFilters &) = default;
};

} // namespace papo::desk
