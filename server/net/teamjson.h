#pragma once

#include <accountrepository.h>

#include <QJsonArray>
#include <QJsonObject>

namespace papo::server {

class PresenceService;

// An operator as the team sees them (the `hello` ack's `operator`, the `team` list).
QJsonObject operatorJson(const OperatorRecord &account, common::OperatorStatus status);
QJsonArray teamJson(AccountRepository &accounts, const PresenceService &presence);

} // namespace papo::server
