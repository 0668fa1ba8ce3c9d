#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace papo::server {

class AccountRepository;
class PresenceService;
class SessionHub;
class TeamActivity;

// What every widget shows of the team (WID-1, WID-2): the mode and the public team summary,
// in the `hello` ack and as `mode` events whenever either changes. Changes that arrive
// together (an operator going online changes both) leave as one event.
class VisitorTeamFeed final : public QObject
{
    Q_OBJECT

public:
    VisitorTeamFeed(AccountRepository &accounts, PresenceService &presence, TeamActivity &activity,
                    SessionHub &hub, QObject *parent = nullptr);

    // {"mode", "team"}
    QJsonObject current() const;
    QJsonArray team() const;
    // Something visitors see changed: tell them on the next turn of the event loop.
    void announce();

private:
    void send();

    AccountRepository &m_accounts;
    PresenceService &m_presence;
    TeamActivity &m_activity;
    SessionHub &m_hub;
    QTimer m_pending;
    // Built once per change, not once per visitor hello. (Online operators' lastActiveAt is
    // "now" when built; the widget shows "online" for them instead.)
    mutable std::optional<QJsonArray> m_team;
};

} // namespace papo::server
