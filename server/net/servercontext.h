#pragma once

#include <QtGlobal>
#include <QUrl>

namespace papo::server {

class AccountRepository;
class AttachmentStore;
class AuthService;
class ChatService;
class DeadlineScheduler;
class PasswordService;
class PresenceService;
class SessionHub;
class SlowResponseWatcher;
class TeamService;
class VisitorTeamFeed;
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
    PasswordService &passwords;
    qint64 idleTimeoutMs; // silence before a ping; as long again without answer closes
    QUrl publicUrl;       // --public-url: the base of one-time links; empty: as reached
};

} // namespace papo::server
