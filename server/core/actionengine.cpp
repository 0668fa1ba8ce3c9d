#include "actionengine.h"

#include "deadlinescheduler.h"
#include "groupassigner.h"

#include <algorithm>

namespace papo::server {

ActionEngine::ActionEngine(ActionRepository repository, DeadlineScheduler &deadlines,
                           GroupAssigner &groupAssigner, Clock clock, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(repository))
    , m_deadlines(deadlines)
    , m_groupAssigner(groupAssigner)
    , m_clock(std::move(clock))
{}

ActionEngine::~ActionEngine()
{
    for (const VisitorState &visitor : std::as_const(m_visitors))
        if (visitor.deadline != 0)
            m_deadlines.cancel(visitor.deadline);
}

void ActionEngine::reload()
{
    m_actions.clear();
    const QList<StoredAction> stored = m_repository.all();
    for (const StoredAction &row : stored) {
        if (!row.enabled)
            continue;
        QJsonObject wire = row.definition;
        wire.insert(QLatin1String("id"), row.id);
        wire.insert(QLatin1String("name"), row.name);
        QString error;
        const auto definition = ActionDefinition::fromJson(wire, &error);
        const auto compiled
            = definition ? CompiledAction::compile(*definition, &error) : std::nullopt;
        if (compiled)
            m_actions << *compiled;
        else // saved by an older server that allowed it: skipped, not fatal
            qWarning("papo-server: action %lld is skipped: %s", row.id, qPrintable(error));
    }
    m_intervalSeconds = m_repository.intervalSeconds();
    const QString zone = m_repository.timeZone();
    m_zone = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toLatin1());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

ActionEngine::VisitorState &ActionEngine::state(qint64 visitorId, int visit)
{
    auto it = m_visitors.find(visitorId);
    if (it == m_visitors.end()) {
        // First sight since the server started: what fired before (restarts fire nothing twice).
        it = m_visitors.insert(visitorId, {});
        it->visit = visit;
        const QList<ActionFiring> firings = m_repository.firings(visitorId);
        for (const ActionFiring &firing : firings) {
            it->firedEver.insert(firing.actionId);
            if (firing.visit == visit)
                it->firedThisVisit.insert(firing.actionId);
            if (!firing.text.isEmpty())
                it->lastMessageAt = firing.firedAt;
        }
    } else if (it->visit != visit) {
        it->visit = visit;
        it->firedThisVisit.clear();
    }
    return *it;
}

bool ActionEngine::mayFire(const CompiledAction &action, const VisitorState &state) const
{
    switch (action.definition().repeat) {
    case ActionRepeat::OncePerVisitor:
        return !state.firedEver.contains(action.id());
    case ActionRepeat::OncePerVisit:
        return !state.firedThisVisit.contains(action.id());
    case ActionRepeat::EveryPage:
        return !state.firedThisPage.contains(action.id());
    }
    return false;
}

void ActionEngine::pageViewed(qint64 visitorId, int visit)
{
    VisitorState &visitor = state(visitorId, visit);
    visitor.firedThisPage.clear();
    runDue(visitorId);
}

void ActionEngine::visitorLeft(qint64 visitorId)
{
    const auto it = m_visitors.find(visitorId);
    if (it == m_visitors.end())
        return;
    if (it->deadline != 0)
        m_deadlines.cancel(it->deadline);
    m_visitors.erase(it);
}

void ActionEngine::noteManualMessage(qint64 visitorId)
{
    const auto it = m_visitors.find(visitorId);
    if (it != m_visitors.end())
        it->lastMessageAt = m_clock();
}

void ActionEngine::arm(qint64 visitorId, VisitorState &state, qint64 inMs)
{
    if (state.deadline != 0)
        m_deadlines.cancel(state.deadline);
    state.deadline = 0;
    if (inMs < 0)
        return;
    state.deadline = m_deadlines.scheduleAt(m_deadlines.now() + inMs, [this, visitorId] {
        const auto it = m_visitors.find(visitorId);
        if (it == m_visitors.end())
            return;
        it->deadline = 0;
        runDue(visitorId);
    });
}

void ActionEngine::runDue(qint64 visitorId)
{
    const auto it = m_visitors.find(visitorId);
    if (it == m_visitors.end() || !m_surroundings.facts)
        return;
    // No action that may still fire for them (most websites have none): no facts to read,
    // which costs a few reads on every page view.
    if (std::none_of(m_actions.cbegin(), m_actions.cend(),
                     [&](const CompiledAction &action) { return mayFire(action, *it); })) {
        arm(visitorId, *it, CompiledCondition::Never);
        return;
    }
    const QDateTime now = m_clock();
    auto facts = m_surroundings.facts(visitorId, now);
    if (!facts) {
        visitorLeft(visitorId);
        return;
    }
    facts->localTime = now.toTimeZone(m_zone);
    qint64 next = CompiledCondition::Never;
    const auto later = [&next](qint64 ms) { next = next < 0 ? ms : qMin(next, ms); };
    // One action per run: the facts (chatting, the interval) change once one is performed.
    bool performed = false;
    for (const CompiledAction &action : std::as_const(m_actions)) {
        if (!mayFire(action, *it))
            continue;
        const qint64 due = action.dueInMs(*facts);
        if (due == CompiledCondition::Never)
            continue;
        if (due > 0 || performed) {
            later(qMax<qint64>(due, 1));
            continue;
        }
        qint64 retry = CompiledCondition::Never;
        performed = perform(action, visitorId, *it, *facts, &retry);
        if (!performed && retry >= 0)
            later(retry);
    }
    arm(visitorId, *it, next);
}

bool ActionEngine::perform(const CompiledAction &compiled, qint64 visitorId, VisitorState &state,
                           const VisitorFacts &facts, qint64 *retryInMs)
{
    const ActionDefinition &action = compiled.definition();
    // ACT-4: only in the modes it is meant for.
    if (!(facts.live ? action.live : action.messenger))
        return false;
    ActionFiring firing{0, action.id, visitorId, state.visit, m_clock(), 0, {}, false};
    switch (action.kind) {
    case ActionKind::Message:
        return sendMessage(action, visitorId, state, facts, retryInMs);
    case ActionKind::OpenWindow:
        if (facts.windowOpen || facts.chatting)
            return false;
        m_repository.recordFiring(firing);
        recorded(action, state);
        emit windowOpenDue(visitorId);
        return true;
    case ActionKind::AssignGroup:
        if (!m_groupAssigner.assign(visitorId, action.groupId, GroupSource::Action).ok())
            return false;
        m_repository.recordFiring(firing);
        recorded(action, state);
        return true;
    case ActionKind::StartScenario:
        return startScenario(action, visitorId, state, facts, retryInMs);
    }
    return false;
}

bool ActionEngine::tooSoon(const VisitorState &state, qint64 *retryInMs) const
{
    if (!state.lastMessageAt.isValid())
        return false;
    const qint64 since = state.lastMessageAt.msecsTo(m_clock());
    if (since >= qint64(m_intervalSeconds) * 1000)
        return false;
    *retryInMs = qint64(m_intervalSeconds) * 1000 - since;
    return true;
}

bool ActionEngine::startScenario(const ActionDefinition &action, qint64 visitorId,
                                 VisitorState &state, const VisitorFacts &facts, qint64 *retryInMs)
{
    // The bot's first message is a targeted message as far as politeness goes (ACT-2).
    if (facts.chatting || tooSoon(state, retryInMs))
        return false;
    const QDateTime now = m_clock();
    if (m_repository.recordFiring({0, action.id, visitorId, state.visit, now, 0, {}, false}) == 0)
        return false;
    recorded(action, state);
    state.lastMessageAt = now;
    emit scenarioDue(visitorId, action.scenarioId);
    return true;
}

bool ActionEngine::sendMessage(const ActionDefinition &action, qint64 visitorId,
                               VisitorState &state, const VisitorFacts &facts, qint64 *retryInMs)
{
    // ACT-2: never into a conversation that is going on, and not too often.
    if (facts.chatting)
        return false;
    if (tooSoon(state, retryInMs))
        return false;
    const QDateTime now = m_clock();
    const QString text = action.textFor(facts.live, facts.language);
    if (text.isEmpty())
        return false;
    TargetedMessage message;
    message.sender = action.sender;
    if (action.sender == SenderKind::Operator) {
        // STA-2: an invisible or offline operator does not greet anyone live.
        if (facts.live
            && !(m_surroundings.mayReachOut && m_surroundings.mayReachOut(action.senderId)))
            return false;
        message.firing.senderOperatorId = action.senderId;
    } else if (action.sender == SenderKind::Group) {
        const bool groupLive
            = m_surroundings.groupIsLive && m_surroundings.groupIsLive(action.senderId);
        if (groupLive != facts.live)
            return false;
        message.groupId = action.senderId;
    }
    message.firing
        = {0,    action.id, visitorId,      state.visit, now, message.firing.senderOperatorId,
           text, false,     message.groupId};
    message.firing.id = m_repository.recordFiring(message.firing);
    if (message.firing.id == 0)
        return false;
    recorded(action, state);
    state.lastMessageAt = now;
    // ACT-3: a message from a group brings the visitor into it, so the reply reaches it.
    if (message.groupId > 0)
        m_groupAssigner.assign(visitorId, message.groupId, GroupSource::TargetedMessage);
    emit messageFired(message);
    return true;
}

void ActionEngine::recorded(const ActionDefinition &action, VisitorState &state)
{
    state.firedEver.insert(action.id);
    state.firedThisVisit.insert(action.id);
    state.firedThisPage.insert(action.id);
}

} // namespace papo::server
