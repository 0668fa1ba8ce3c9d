#pragma once

#include <accountrepository.h>

#include <QJsonArray>
#include <QJsonObject>

namespace papo::server {

class PresenceService;
class TeamActivity;

// An operator as the team sees them (the `hello` ack's `operator`, the `team` list).
QJsonObject operatorJson(const OperatorRecord &account, common::OperatorStatus status);
QJsonArray teamJson(AccountRepository &accounts, const PresenceService &presence);

// WID-1: the team as visitors see it: a few active operators, online ones first, then the
// most recently active; only name, photo, online and last activity, never anything private.
// `members`: only these operators (a group's, WID-1 per group); empty: the whole team.
QJsonArray publicTeamJson(AccountRepository &accounts, const PresenceService &presence,
                          const TeamActivity &activity, const QList<qint64> &members = {});

} // namespace papo::server
