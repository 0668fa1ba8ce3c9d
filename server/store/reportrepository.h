#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace papo::server {

// One message of a conversation being summarized, with what the report needs of its
// conversation (REP-1).
struct ReportMessageRow
{
    qint64 conversationId = 0;
    QDateTime conversationCreatedAt;
    qint64 ownerId = 0; // 0: nobody took it
    qint64 groupId = 0; // the visitor's group; 0: none
    QString rating;     // "good", "bad" or ""
    bool closed = false;
    bool fromVisitor = false;
    QDateTime at;
};

// A change to a conversation whose summary is due.
struct ChatChange
{
    qint64 id = 0;
    qint64 conversationId = 0;
};

// One chat's figures as stored in report_chats (times in milliseconds, -1: none).
struct ChatSummaryRow
{
    qint64 conversationId = 0;
    qint64 createdMs = 0;
    qint64 ownerId = 0;
    qint64 groupId = 0;
    bool missed = false;
    QString rating;
    qint64 firstResponseMs = -1;
    QString responses; // every response time in ms, comma-separated, in order
    qint64 durationMs = -1;
};

// A set of times as stored in a day row: how many, their sum, and the encoded histogram of
// whole seconds (TimeBins).
struct StoredTimes
{
    qint64 count = 0;
    qint64 sumMs = 0;
    QByteArray bins;
};

// A time zone reports were asked in: its day rows hold the chats created before
// `builtUntilMs`.
struct SummaryZone
{
    QString name;
    qint64 builtUntilMs = 0;
};

// The chats of one local day in one time zone, of one owner and one group.
struct DaySummaryRow
{
    QString zone;
    qint64 day = 0; // the local date's Julian day
    qint64 ownerId = 0;
    qint64 groupId = 0;
    qint64 chats = 0;
    qint64 missed = 0;
    qint64 good = 0;
    qint64 bad = 0;
    StoredTimes firstResponse;
    StoredTimes responseTime;
    StoredTimes duration;
};

// The only SQL about reports: the messages a summary is made of, and the summaries
// (docs/reports.md, "How reports stay fast").
class ReportRepository final
{
public:
    explicit ReportRepository(QSqlDatabase db);

    // The write transaction summaries are changed in; one at a time across connections and
    // nodes (SQLite's write lock; a PostgreSQL advisory lock).
    bool beginSummaryWrite();
    bool commit();
    void rollback();

    // Up to `limit` changes not summarized yet, after the change `afterId`, by id.
    std::optional<QList<ChatChange>> changes(qint64 afterId, int limit);
    // Forgets every change of these conversations: they are summarized again.
    bool removeChanges(const QList<qint64> &conversationIds);
    // Every message of these conversations, conversation by conversation, oldest first.
    bool forEachMessage(const QList<qint64> &conversationIds,
                        const std::function<void(const ReportMessageRow &)> &visit);

    std::optional<QList<ChatSummaryRow>> chatSummaries(const QList<qint64> &conversationIds);
    bool saveChatSummary(const ChatSummaryRow &row);
    bool removeChatSummary(qint64 conversationId);
    // The chats created in [fromMs, toMs), of `ownerId` and `groupId` unless 0, oldest first.
    bool forEachChatSummary(qint64 fromMs, qint64 toMs, qint64 ownerId, qint64 groupId,
                            const std::function<void(const ChatSummaryRow &)> &visit);

    std::optional<QList<SummaryZone>> zones();
    bool saveZone(const SummaryZone &zone);
    // The creation time of the first chat created at or after `fromMs` into *createdMs;
    // false when the database could not be read, *found false when there is none.
    bool firstChatFrom(qint64 fromMs, qint64 *createdMs, bool *found);
    std::optional<DaySummaryRow> daySummary(const QString &zone, qint64 day, qint64 ownerId,
                                            qint64 groupId);
    bool saveDaySummary(const DaySummaryRow &row);
    bool removeDaySummary(const DaySummaryRow &row);
    // The day rows of `zone` for days [fromDay, toDay], filtered as above, by day.
    bool forEachDaySummary(const QString &zone, qint64 fromDay, qint64 toDay, qint64 ownerId,
                           qint64 groupId, const std::function<void(const DaySummaryRow &)> &visit);

private:
    void unlock();

    QSqlDatabase m_db;
    bool m_postgres;
};

} // namespace papo::server
