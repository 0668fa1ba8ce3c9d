#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// An automatic action as stored: its definition is JSON the engine compiles (ACT-1).
struct StoredAction
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    QJsonObject definition;
};

// One firing of an action for one visitor (ACT-2 rules, reports: targeted → conversation).
struct ActionFiring
{
    qint64 id = 0;
    qint64 actionId = 0; // 0: sent by hand (ACT-7)
    qint64 visitorId = 0;
    int visit = 0;
    QDateTime firedAt;
    qint64 senderOperatorId = 0; // the operator a targeted message came from; 0: none
    QString text;                // the targeted message, as the visitor saw it
    bool replied = false;
    qint64 senderGroupId = 0; // the group a targeted message came from; 0: none (ACT-3)
};

// The only SQL about automatic actions and their firings.
class ActionRepository final
{
public:
    explicit ActionRepository(QSqlDatabase db)
        : m_db(db)
    {}

    QList<StoredAction> all();
    std::optional<StoredAction> action(qint64 id);
    // Inserts (id 0) or updates; returns the id, 0 when the id is unknown.
    qint64 save(const StoredAction &action);
    bool setEnabled(qint64 id, bool enabled);
    bool remove(qint64 id);

    qint64 recordFiring(const ActionFiring &firing);
    // The visitor's latest firing of anything; invalid when none.
    QDateTime lastFiringAt(qint64 visitorId);
    // Every firing for the visitor (action, visit, time, text), oldest first.
    QList<ActionFiring> firings(qint64 visitorId);
    // `visit` 0: in any visit.
    bool hasFired(qint64 actionId, qint64 visitorId, int visit);
    // Firings per action since `since` (the desk's "fired this week").
    QHash<qint64, int> firingCounts(const QDateTime &since);
    // The latest targeted message the visitor has not answered, since `since`.
    std::optional<ActionFiring> unansweredMessage(qint64 visitorId, const QDateTime &since);
    bool markReplied(qint64 firingId);

    // ACT-2: the least time between two targeted messages to one visitor; a website setting.
    int intervalSeconds();
    bool setIntervalSeconds(int seconds);
    // The zone for day and time conditions (IANA id); empty: UTC.
    QString timeZone();
    bool setTimeZone(const QString &zone);

    static constexpr int DefaultIntervalSeconds = 300;

private:
    // Runs a statement on the row with this id; true when it changed exactly that row.
    bool changeOne(const QString &statement, qint64 id);
    QString setting(const QString &name);
    bool setSetting(const QString &name, const QString &value);

    QSqlDatabase m_db;
};

} // namespace papo::server
