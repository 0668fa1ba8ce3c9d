#include "reportsummaries.h"

#include "chatsummary.h"

#include <QHash>
#include <QSet>

#include <limits>
#include <map>
#include <tuple>

namespace papo::server {

namespace {

// Changes summarized per transaction, and chats added to a new zone's rows per transaction (a
// day of them): either way the write lock is held for a few tens of milliseconds.
constexpr int ChangesPerBatch = 1000;
constexpr qint64 BuildSpanMs = 24 * 3600 * 1000;
constexpr qint64 Built = std::numeric_limits<qint64>::max();

using DayKey = std::tuple<QString, qint64, qint64, qint64>; // zone, day, owner, group

qint64 localDay(qint64 createdMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(createdMs, zone).date().toJulianDay();
}

// Adds each change to its stored day row; a row left without chats goes.
bool applyToDays(ReportRepository &reports, const std::map<DayKey, ChatFigures> &changes)
{
    for (const auto &[key, change] : changes) {
        const auto &[zone, day, ownerId, groupId] = key;
        DaySummaryRow row;
        row.zone = zone;
        row.day = day;
        row.ownerId = ownerId;
        row.groupId = groupId;
        ChatFigures figures;
        const auto stored = reports.daySummary(zone, day, ownerId, groupId);
        if (stored && !readDayFigures(*stored, &figures))
            return false;
        figures.add(change);
        storeDayFigures(figures, row);
        if (!(figures.chats > 0 ? reports.saveDaySummary(row) : reports.removeDaySummary(row)))
            return false;
    }
    return true;
}

} // namespace

ReportSummaries::ReportSummaries(QSqlDatabase db)
    : m_reports(db)
{}

bool ReportSummaries::refresh(const QDateTime &now)
{
    qint64 lastId = 0;
    for (;;) {
        const qint64 afterId = lastId;
        if (!refreshBatch(afterId, now, &lastId))
            return false;
        if (lastId == afterId)
            return true;
    }
}

bool ReportSummaries::refreshBatch(qint64 afterId, const QDateTime &now, qint64 *lastId)
{
    if (!m_reports.beginSummaryWrite())
        return false;
    const auto changes = m_reports.changes(afterId, ChangesPerBatch);
    const auto zoneNames = m_reports.zones();
    if (!changes || !zoneNames) {
        m_reports.rollback();
        return false;
    }
    if (changes->isEmpty())
        return m_reports.commit();
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const ChatChange &change : *changes) {
        if (!seen.contains(change.conversationId)) {
            seen.insert(change.conversationId);
            ids << change.conversationId;
        }
    }
    const auto before = m_reports.chatSummaries(ids);
    QList<ChatSummaryBuilder> after;
    const bool read = before && m_reports.forEachMessage(ids, [&](const ReportMessageRow &row) {
        if (after.isEmpty() || after.last().conversationId() != row.conversationId)
            after.append(ChatSummaryBuilder(row));
        after.last().add(row);
    });
    if (!read) {
        m_reports.rollback();
        return false;
    }

    QList<std::pair<QTimeZone, SummaryZone>> zones;
    for (const SummaryZone &zone : *zoneNames)
        zones.append({QTimeZone(zone.name.toUtf8()), zone});
    std::map<DayKey, ChatFigures> dayChanges;
    const auto move = [&](const ChatSummaryRow &chat, int sign) {
        const ChatFigures figures = chatFigures(chat);
        for (const auto &[zone, progress] : std::as_const(zones)) {
            if (chat.createdMs >= progress.builtUntilMs)
                continue; // the zone's build adds it from its new summary
            const DayKey key{progress.name, localDay(chat.createdMs, zone), chat.ownerId,
                             chat.groupId};
            dayChanges[key].add(figures, sign);
        }
    };
    bool ok = true;
    QHash<qint64, bool> stillDue; // chats whose figures change with time alone
    for (const ChatSummaryRow &old : *before) {
        move(old, -1);
        ok = ok && m_reports.removeChatSummary(old.conversationId);
    }
    for (const ChatSummaryBuilder &chat : std::as_const(after)) {
        if (!chat.isChat())
            continue;
        const ChatSummaryRow row = chat.row(now);
        move(row, 1);
        ok = ok && m_reports.saveChatSummary(row);
        stillDue.insert(row.conversationId, chat.mayBecomeMissed(now));
    }
    ok = ok && applyToDays(m_reports, dayChanges);
    QList<qint64> done;
    for (qint64 id : std::as_const(ids)) {
        if (!stillDue.value(id))
            done << id;
    }
    ok = ok && m_reports.removeChanges(done);
    if (!ok) {
        m_reports.rollback();
        return false;
    }
    *lastId = changes->last().id;
    return m_reports.commit();
}

bool ReportSummaries::ensureZone(const QTimeZone &zone)
{
    for (bool built = false; !built;) {
        if (!buildZoneStep(zone, &built))
            return false;
    }
    return true;
}

bool ReportSummaries::buildZoneStep(const QTimeZone &zone, bool *built)
{
    if (!m_reports.beginSummaryWrite())
        return false;
    const auto zones = m_reports.zones();
    if (!zones) {
        m_reports.rollback();
        return false;
    }
    SummaryZone progress{zoneName(zone), std::numeric_limits<qint64>::min()};
    for (const SummaryZone &known : *zones) {
        if (known.name == progress.name)
            progress = known;
    }
    *built = progress.builtUntilMs == Built;
    if (*built)
        return m_reports.commit();
    // The next day of chats from the first one not in yet; gaps are skipped at once.
    qint64 fromMs = 0;
    bool found = false;
    bool ok = m_reports.firstChatFrom(progress.builtUntilMs, &fromMs, &found);
    std::map<DayKey, ChatFigures> days;
    if (ok && found) {
        const qint64 untilMs = fromMs + BuildSpanMs;
        ok = m_reports.forEachChatSummary(fromMs, untilMs, 0, 0, [&](const ChatSummaryRow &chat) {
            days[DayKey{progress.name, localDay(chat.createdMs, zone), chat.ownerId, chat.groupId}]
                .add(chatFigures(chat));
        });
        progress.builtUntilMs = untilMs;
    } else {
        progress.builtUntilMs = Built;
    }
    ok = ok && applyToDays(m_reports, days) && m_reports.saveZone(progress);
    if (!ok) {
        m_reports.rollback();
        return false;
    }
    return m_reports.commit();
}

} // namespace papo::server
