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
class TeamService;
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
    AttachmentStore &attachments;
    DeadlineScheduler &deadlines;
    qint64 idleTimeoutMs; // silence before a ping; as long again without answer closes
};

} // namespace papo::server
