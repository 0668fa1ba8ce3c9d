#include "reportservice.h"

#include <QHash>

#include <map>

namespace papo::server {

// One conversation as the report sees it, built message by message.
struct ReportService::Chat
{
    qint64 id = 0;
    QDateTime createdAt;
    qint64 ownerId = 0;
    qint64 groupId = 0;
    QString rating;
    bool closed = false;
    QDateTime firstAt;
    QDateTime lastAt;
    QDateTime firstVisitorAt;
    QDateTime waitingSince; // the visitor's oldest message no operator has answered yet
    qint64 firstResponseMs = -1;
    QList<qint64> responsesMs;

    void add(const ReportMessageRow &row)
    {
        if (!firstAt.isValid())
            firstAt = row.at;
        lastAt = row.at;
        if (row.fromVisitor) {
            if (!firstVisitorAt.isValid())
                firstVisitorAt = row.at;
            if (!waitingSince.isValid())
                waitingSince = row.at;
            return;
        }
        if (!waitingSince.isValid())
            return; // the operator wrote first (a targeted message) or again
        const qint64 waited = waitingSince.msecsTo(row.at);
        if (firstResponseMs < 0)
            firstResponseMs = waited;
        responsesMs.append(waited);
        waitingSince = QDateTime();
    }
    bool isChat() const { return firstVisitorAt.isValid(); }
    bool answered() const { return firstResponseMs >= 0; }
};

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
    , m_history(db)
    , m_clock(std::move(clock))
{}

void ReportService::count(const Chat &chat, Series &series) const
{
    const int slot = m_period->slotOf(chat.createdAt);
    if (slot < 0 || !chat.isChat())
        return;
    const bool missed
        = !chat.answered() && (chat.closed || chat.lastAt.secsTo(m_now) >= MissedAfterSeconds);
    const auto change = [&](ReportFigures &figures) {
        ++figures.chats;
        figures.missed += missed ? 1 : 0;
        figures.good += chat.rating == QLatin1String("good") ? 1 : 0;
        figures.bad += chat.rating == QLatin1String("bad") ? 1 : 0;
        if (!chat.answered())
            return;
        figures.firstResponse.add(chat.firstResponseMs);
        for (qint64 waited : chat.responsesMs)
            figures.responseTime.add(waited);
        figures.duration.add(chat.firstAt.msecsTo(chat.lastAt));
    };
    series.total.apply(slot, change);
    series.operatorSeries(chat.ownerId).apply(slot, change);
    series.groupSeries(chat.groupId).apply(slot, change);
    series.channels.first().apply(slot, change); // every chat comes from the widget so far
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
    if (query.channel.isEmpty() || query.channel == channels().first()) {
        Chat chat;
        const bool read = m_reports.forEachMessage(
            query.period.start(), query.period.end(), query.operatorId, query.groupId,
            [&](const ReportMessageRow &row) {
                if (row.conversationId != chat.id) {
                    count(chat, series);
                    chat = Chat{row.conversationId, row.conversationCreatedAt,
                                row.ownerId,        row.groupId,
                                row.rating,         row.closed};
                }
                chat.add(row);
            });
        if (!read)
            return std::nullopt;
        count(chat, series);
    }
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
    return QJsonObject{{QLatin1String("from"), query.period.from().toString(Qt::ISODate)},
                       {QLatin1String("to"), query.period.to().toString(Qt::ISODate)},
                       {QLatin1String("timeZone"), QString::fromUtf8(query.period.zone().id())},
                       {QLatin1String("bucket"), reportBucketName(query.period.bucket())},
                       {QLatin1String("missedAfterSeconds"), MissedAfterSeconds},
                       {QLatin1String("slots"), query.period.slotsJson()},
                       {QLatin1String("total"), series.total.toJson(true)},
                       {QLatin1String("operators"), operatorList},
                       {QLatin1String("groups"), groupList},
                       {QLatin1String("channels"), channelList}};
}

} // namespace papo::server
