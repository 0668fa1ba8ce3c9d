#include "reportservice.h"

#include "chatsummary.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace papo::server {

// Every series of one report.
struct ReportService::Series
{
    ReportSeries total;
    std::map<qint64, ReportSeries> operators;
    std::map<qint64, ReportSeries> groups;
    QList<ReportSeries> channels;
    QHash<qint64, QString> operatorNames;
    qsizetype slotCount = 0;

    ReportSeries &operatorSeries(qint64 id)
    {
        auto found = operators.find(id);
        if (found == operators.end())
            found
                = operators.emplace(id, ReportSeries(id, operatorNames.value(id), slotCount)).first;
        return found->second;
    }
    ReportSeries &groupSeries(qint64 id)
    {
        auto found = groups.find(id);
        if (found == groups.end())
            found = groups.emplace(id, ReportSeries(id, QString(), slotCount)).first;
        return found->second;
    }
};

QStringList ReportService::channels()
{
    // Email (EML) and chats that began as a targeted message (ACT) plug in here.
    return {QStringLiteral("widget"), QStringLiteral("targeted"), QStringLiteral("email")};
}

ReportService::ReportService(QSqlDatabase db, Clock clock)
    : m_reports(db)
    , m_summaries(db)
    , m_history(db)
    , m_clock(std::move(clock))
{}

// Adds the period's chats slot by slot, in order: only the slot being filled keeps its tallies,
// then its figures are final and go into the period's.
class ReportService::SlotTally final
{
public:
    explicit SlotTally(Series &series)
        : m_series(series)
    {}

    void add(int slot, qint64 ownerId, qint64 groupId, const ChatFigures &figures)
    {
        if (slot != m_slot)
            closeSlot();
        m_slot = slot;
        for (ReportSeries *series :
             {&m_series.total, &m_series.operatorSeries(ownerId), &m_series.groupSeries(groupId)})
            m_live[series].slot.add(figures);
    }

    void finish()
    {
        closeSlot();
        for (auto &[series, live] : m_live)
            series->total = live.period.figures();
        // Every chat comes from the widget so far: its series is the total's.
        ReportSeries &widget = m_series.channels.first();
        widget.total = m_series.total.total;
        widget.bySlot = m_series.total.bySlot;
    }

private:
    struct Live
    {
        FigureTally slot;
        FigureTally period;
    };

    void closeSlot()
    {
        if (m_slot < 0)
            return;
        for (auto &[series, live] : m_live) {
            if (live.slot.chats == 0)
                continue;
            series->bySlot[m_slot] = live.slot.figures();
            live.period.add(live.slot);
            live.slot.clear();
        }
    }

    Series &m_series;
    std::map<ReportSeries *, Live> m_live;
    int m_slot = -1;
};

bool ReportService::addChats(const ReportQuery &query, Series &series)
{
    if (!m_summaries.refresh(m_now))
        return false;
    SlotTally tally(series);
    const QList<ReportSlot> &ranges = query.period.ranges();
    if (query.period.bucket() == ReportBucket::Hour) {
        // At most ReportPeriod::MaxSlots hours: one row per chat is few enough.
        int slot = 0;
        ChatFigures figures;
        const bool read = m_reports.forEachChatSummary(
            query.period.start().toMSecsSinceEpoch(), query.period.end().toMSecsSinceEpoch(),
            query.operatorId, query.groupId, [&](const ChatSummaryRow &chat) {
                while (ranges[slot].end.toMSecsSinceEpoch() <= chat.createdMs)
                    ++slot;
                readChatFigures(chat, &figures);
                tally.add(slot, chat.ownerId, chat.groupId, figures);
            });
        if (!read)
            return false;
    } else {
        // Days, weeks and months are whole local days: one row per day, operator and group.
        if (!m_summaries.ensureZone(query.period.zone()))
            return false;
        QList<qint64> slotFirstDays;
        for (const ReportSlot &range : ranges)
            slotFirstDays << range.start.toTimeZone(query.period.zone()).date().toJulianDay();
        bool decoded = true;
        ChatFigures figures;
        const bool read = m_reports.forEachDaySummary(
            ReportSummaries::zoneName(query.period.zone()), query.period.from().toJulianDay(),
            query.period.to().toJulianDay(), query.operatorId, query.groupId,
            [&](const DaySummaryRow &day) {
                if (!readDayFigures(day, &figures)) {
                    decoded = false;
                    return;
                }
                const auto after
                    = std::upper_bound(slotFirstDays.begin(), slotFirstDays.end(), day.day);
                tally.add(int(after - slotFirstDays.begin()) - 1, day.ownerId, day.groupId,
                          figures);
            });
        if (!read || !decoded)
            return false;
    }
    tally.finish();
    return true;
}

void ReportService::addOnlineTime(const ReportQuery &query, const QList<GroupRecord> &groups,
                                  Series &series)
{
    QHash<qint64, QList<qint64>> groupsOf;
    for (const GroupRecord &group : groups) {
        if (query.groupId > 0 && group.id != query.groupId)
            continue;
        for (qint64 member : group.operatorIds)
            groupsOf[member].append(group.id);
    }
    const QDateTime periodEnd = std::min(m_period->end(), m_now);
    const auto addInterval = [&](qint64 operatorId, QDateTime from, QDateTime to) {
        from = std::max(from, m_period->start());
        to = std::min(to, periodEnd);
        if (from >= to)
            return;
        const QList<ReportSlot> &ranges = m_period->ranges();
        for (int slot = m_period->slotOf(from);
             slot >= 0 && slot < ranges.size() && ranges[slot].start < to; ++slot) {
            const qint64 overlap
                = std::max(from, ranges[slot].start).msecsTo(std::min(to, ranges[slot].end));
            const auto change
                = [&](ReportFigures &figures) { figures.onlineMilliseconds += overlap; };
            series.total.apply(slot, change);
            series.operatorSeries(operatorId).apply(slot, change);
            for (qint64 groupId : groupsOf.value(operatorId))
                series.groupSeries(groupId).apply(slot, change);
        }
    };
    const QList<StatusChange> changes
        = m_history.changes(m_period->start(), m_period->end(), query.operatorId);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const StatusChange &change = changes[i];
        if (query.groupId > 0 && !groupsOf.contains(change.operatorId))
            continue;
        if (change.status != common::OperatorStatus::Online || !change.connected)
            continue;
        const bool lastOfOperator
            = i + 1 == changes.size() || changes[i + 1].operatorId != change.operatorId;
        addInterval(change.operatorId, change.at, lastOfOperator ? periodEnd : changes[i + 1].at);
    }
}

std::optional<QJsonObject> ReportService::build(const ReportQuery &query,
                                                const QList<OperatorRecord> &operators,
                                                const QList<GroupRecord> &groups)
{
    m_now = m_clock();
    m_period = &query.period;
    const qsizetype slotCount = query.period.ranges().size();
    Series series{
        ReportSeries(QStringLiteral("all"), QString(), slotCount), {}, {}, {}, {}, slotCount};
    for (const OperatorRecord &account : operators) {
        series.operatorNames.insert(account.id, account.name);
        if ((query.operatorId == 0 && account.active) || account.id == query.operatorId)
            series.operatorSeries(account.id);
    }
    for (const GroupRecord &group : groups) {
        if (query.groupId == 0 || group.id == query.groupId)
            series.groups.emplace(group.id, ReportSeries(group.id, group.name, slotCount));
    }
    for (const QString &channel : channels()) {
        if (query.channel.isEmpty() || query.channel == channel)
            series.channels.append(ReportSeries(channel, QString(), slotCount));
    }

    // Only the widget brings chats so far: another channel's report has none.
    if ((query.channel.isEmpty() || query.channel == channels().first())
        && !addChats(query, series))
        return std::nullopt;
    addOnlineTime(query, groups, series);

    QJsonArray operatorList;
    for (const auto &[id, entry] : series.operators)
        operatorList.append(entry.toJson(true));
    QJsonArray groupList;
    for (const auto &[id, entry] : series.groups)
        groupList.append(entry.toJson(true));
    QJsonArray channelList;
    for (const ReportSeries &entry : std::as_const(series.channels))
        channelList.append(entry.toJson(false));
    return QJsonObject{
        {QLatin1String("from"), query.period.from().toString(Qt::ISODate)},
        {QLatin1String("to"), query.period.to().toString(Qt::ISODate)},
        {QLatin1String("timeZone"), QString::fromUtf8(query.period.zone().id())},
        {QLatin1String("bucket"), reportBucketName(query.period.bucket())},
        {QLatin1String("missedAfterSeconds"), ChatSummaryBuilder::MissedAfterSeconds},
        {QLatin1String("slots"), query.period.slotsJson()},
        {QLatin1String("total"), series.total.toJson(true)},
        {QLatin1String("operators"), operatorList},
        {QLatin1String("groups"), groupList},
        {QLatin1String("channels"), channelList}};
}

} // namespace papo::server
