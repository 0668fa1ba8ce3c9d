#pragma once

namespace papo::server {

class AccountRepository;
class AuthService;
class ChatService;
class PresenceService;
class SessionHub;

// The services a session works with; owned by PapoServer, which outlives every session.
struct ServerContext
{
    AccountRepository &accounts;
    AuthService &auth;
    ChatService &chat;
    PresenceService &presence;
    SessionHub &hub;
};

} // namespace papo::server
