#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace papo::server {

class AccountRepository;
class ChatRouting;
class GroupQuestion;
class GroupService;
class PresenceService;
class SessionHub;
class TeamActivity;

// What widgets show of the team (WID-1, WID-2, GRP-3): the mode, the public team summary and,
// for visitors without a group, the group question; in the `hello` ack and as `mode` events
// whenever one changes. Each widget group (SessionHub::widgetGroupOf) gets its own: a group's
// visitors see live chat while one of its operators is online, and that group's team. A
// change is sent only to the widget groups it concerns, once for all of them: changes that
// arrive together (an operator going online changes both) leave as one event.
class VisitorTeamFeed final : public QObject
{
    Q_OBJECT

public:
    VisitorTeamFeed(AccountRepository &accounts, PresenceService &presence, TeamActivity &activity,
                    SessionHub &hub, GroupService &groups, ChatRouting &routing,
                    GroupQuestion &question, QObject *parent = nullptr);

    // {"mode", "team", "groupQuestion"} for the visitors of that widget group.
    QJsonObject current(qint64 widgetGroup) const;
    // WID-1: the group's operators (0, or a group without active ones: the whole team).
    QJsonArray team(qint64 groupId) const { return teamOf(groupId).array; }
    // The same, as compact JSON (written once per change, not once per hello).
    QByteArray teamJson(qint64 groupId) const { return teamOf(groupId).json; }
    // The hello's `operators`: those online for the group now, [{id, name}], as compact JSON.
    // Kept until something changes, like the team: read for every visitor's hello.
    QByteArray onlineOperatorsJson(qint64 groupId) const;
    // Something every widget shows changed (names, photos, groups, the question's settings).
    void announce();
    // Something about this operator changed (online, last active): the widgets of their
    // groups and those of visitors without a group.
    void announceFor(qint64 operatorId);
    // The visitor moved to another widget group: they hear of theirs now.
    void sendTo(qint64 visitorId, qint64 widgetGroup);

private:
    void schedule();
    void send();

    AccountRepository &m_accounts;
    PresenceService &m_presence;
    TeamActivity &m_activity;
    SessionHub &m_hub;
    GroupService &m_groups;
    ChatRouting &m_routing;
    GroupQuestion &m_question;
    QTimer m_pending;
    bool m_allDirty = false;
    bool m_ungroupedDirty = false;
    QSet<qint64> m_dirtyGroups;
    struct Written
    {
        QJsonArray array;
        QByteArray json;
    };
    const Written &teamOf(qint64 groupId) const;

    // Built once per change, not once per visitor hello. (Online operators' lastActiveAt is
    // "now" when built; the widget shows "online" for them instead.)
    mutable QHash<qint64, Written> m_teams;              // by group id, 0: the whole team
    mutable QHash<qint64, QByteArray> m_onlineOperators; // the same
};

} // namespace papo::server
