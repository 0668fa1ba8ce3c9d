#pragma once

#include "clock.h"
#include "compiledaction.h"

#include <actionrepository.h>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <functional>

namespace papo::server {

class DeadlineScheduler;
class GroupAssigner;

// A targeted message that fired (ACT-3), for the widget's card.
struct TargetedMessage
{
    ActionFiring firing;
    SenderKind sender = SenderKind::Bot;
    qint64 groupId = 0; // SenderKind::Group: the group it comes from
};

// ACT-1…4: watches visitors' page views, arms one deadline per visitor on the one
// DeadlineScheduler for the earliest action due, and when it comes re-checks the action
// against the visitor as they are then and the politeness rules, then performs it.
class ActionEngine final : public QObject
{
    Q_OBJECT

public:
    struct Surroundings
    {
        // The visitor now; nothing when they are not online.
        std::function<std::optional<VisitorFacts>(qint64 visitorId, const QDateTime &nowUtc)> facts;
        // STA-2: an operator a live-mode message may come from (online, not invisible).
        std::function<bool(qint64 operatorId)> mayReachOut;
        std::function<bool(qint64 groupId)> groupIsLive;
    };

    ActionEngine(ActionRepository repository, DeadlineScheduler &deadlines,
                 GroupAssigner &groupAssigner, Clock clock = systemClock(),
                 QObject *parent = nullptr);
    ~ActionEngine() override;

    void setSurroundings(Surroundings surroundings) { m_surroundings = std::move(surroundings); }
    // Compiles the enabled actions again (after a save, a delete, at start).
    void reload();
    int enabledCount() const { return int(m_actions.size()); }
    ActionRepository &repository() { return m_repository; }

    // The visitor viewed a page (or came back with one): every action is looked at again.
    void pageViewed(qint64 visitorId, int visit);
    void visitorLeft(qint64 visitorId);
    // ACT-7 and firings alike count for the per-visitor interval.
    void noteManualMessage(qint64 visitorId);
    // Runs the visitor's due actions now; the deadline calls it.
    void runDue(qint64 visitorId);

    int armedVisitors() const { return int(m_visitors.size()); }

signals:
    void messageFired(const papo::server::TargetedMessage &message);
    void windowOpenDue(qint64 visitorId);
    // BOT-6: the scenario's first message is due for the visitor.
    void scenarioDue(qint64 visitorId, qint64 scenarioId);

private:
    struct VisitorState
    {
        int visit = 0;
        QSet<qint64> firedEver;
        QSet<qint64> firedThisVisit;
        QSet<qint64> firedThisPage;
        QDateTime lastMessageAt;
        quint64 deadline = 0;
    };

    VisitorState &state(qint64 visitorId, int visit);
    bool mayFire(const CompiledAction &action, const VisitorState &state) const;
    void arm(qint64 visitorId, VisitorState &state, qint64 inMs);
    // Whether it was performed; `retryInMs` set when it may be later (the interval).
    bool perform(const CompiledAction &action, qint64 visitorId, VisitorState &state,
                 const VisitorFacts &facts, qint64 *retryInMs);
    bool sendMessage(const ActionDefinition &action, qint64 visitorId, VisitorState &state,
                     const VisitorFacts &facts, qint64 *retryInMs);
    bool startScenario(const ActionDefinition &action, qint64 visitorId, VisitorState &state,
                       const VisitorFacts &facts, qint64 *retryInMs);
    // ACT-2: whether the per-visitor interval since the last message is still running.
    bool tooSoon(const VisitorState &state, qint64 *retryInMs) const;
    void recorded(const ActionDefinition &action, VisitorState &state);

    ActionRepository m_repository;
    DeadlineScheduler &m_deadlines;
    GroupAssigner &m_groupAssigner;
    Clock m_clock;
    Surroundings m_surroundings;
    QList<CompiledAction> m_actions;
    QTimeZone m_zone;
    int m_intervalSeconds = ActionRepository::DefaultIntervalSeconds;
    QHash<qint64, VisitorState> m_visitors;
};

} // namespace papo::server
