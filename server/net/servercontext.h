#pragma once

#include <QtGlobal>
#include <QUrl>

namespace papo::server {

class AccountRepository;
class ActionEngine;
class AttachmentStore;
class AuthService;
class ChatRouting;
class ChatbotService;
class ChatService;
class ConversationAccess;
class DeadlineScheduler;
class EmailService;
class PasswordService;
class GroupAssigner;
class GroupQuestion;
class GroupService;
class HelpScoutService;
class PresenceService;
class ReportRunner;
class ScenarioRunner;
class ContactFormRunner;
class SessionHub;
class SlowResponseWatcher;
class TeamService;
class VisitorTeamFeed;
class VisitorLimits;
class VisitorService;
class WebhookService;

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
    GroupService &groups;            // GRP-1
    GroupAssigner &groupAssigner;    // GRP-2
    GroupQuestion &groupQuestion;    // GRP-3
    ConversationAccess &access;      // who sees what (GRP-1)
    ChatRouting &routing;            // whom a chat reaches (GRP-1)
    VisitorLimits &visitorLimits;    // rates per address and per visitor
    ActionEngine &actions;           // automatic actions and targeted messages (ACT)
    ReportRunner &reports;           // reports off the event loop (REP-1)
    EmailService &email;             // Settings → Email, deliveries, unsubscribes (INT-1, INT-2)
    WebhookService &webhooks;        // Settings → Integrations: webhooks, Slack (INT-3)
    HelpScoutService &helpScout;     // Settings → Help Scout, exports (INT-3)
    ChatbotService &chatbot;         // Settings → Chatbot: scenarios (BOT-1…4)
    ScenarioRunner &scenarios;       // visitors walking through them
    ContactFormRunner &contactForms; // the contact-form bot (FRM-1…8)
    qint64 idleTimeoutMs;            // silence before a ping; as long again without answer closes
    qint64 helloTimeoutMs;           // a new WebSocket that says no hello by then is closed (4008)
    QUrl publicUrl;                  // --public-url: the base of one-time links; empty: as reached
};

} // namespace papo::server
