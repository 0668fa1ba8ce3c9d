#pragma once

#include <QtGlobal>

namespace papo::server {

class AccountRepository;
class AttachmentStore;
class AuthService;
class ChatService;
class DeadlineScheduler;
class PresenceService;
class SessionHub;
class SlowResponseWatcher;
class TeamService;
class VisitorTeamFeed;
class VisitorLimits;
class VisitorService;

// The services a session works with; owned by PapoServer, which outlives every session.
struct ServerContext
{
    AccountRepository &accounts;
    AuthService &auth;
    ChatService &chat;
    PresenceService &presence;
    SessionHub &hub;
    VisitorService &visitors;
    TeamService &team;
    VisitorTeamFeed &teamFeed; // the mode and team summary the widget shows (WID-1, WID-2)
    AttachmentStore &attachments;
    DeadlineScheduler &deadlines;
    SlowResponseWatcher &slowResponses; // STA-5
    VisitorLimits &visitorLimits;       // rates per address and per visitor
    qint64 idleTimeoutMs; // silence before a ping; as long again without answer closes
};

} // namespace papo::server
