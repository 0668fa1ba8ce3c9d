#pragma once

// The authorization matrix (docs/security.md shows it; tst_authorization checks the two agree):
// for each request and the object it names, the answer each caller gets. "ack" is success;
// anything else is the error code or HTTP status. Callers that cannot sign in at all —
// a deactivated operator, a logged-out token, a token from another server's data directory —
// are refused at hello ("unauthorized", close 4001) and get nothing else, for every row.
//
// Adding a request type: add its rows here. The test fails until every type registered in
// server/net/requests/operatorroutes.cpp has one; a new kind of object also needs a case in
// tst_authorization.cpp's OperatorObjects::payload().

#include <vector>

namespace papo::testing {

struct OperatorRow
{
    const char *type;
    const char *object;
    const char *owner;
    const char *admin;
    const char *operatorRole;
};

inline const std::vector<OperatorRow> &operatorMatrix()
{
    static const std::vector<OperatorRow> rows = {
        // type, object, owner, admin, operator
        {"conversations", "-", "ack", "ack", "ack"},
        {"history", "own chat", "ack", "ack", "ack"},
        {"history", "another's chat", "ack", "ack", "ack"},
        {"send", "own chat", "ack", "ack", "ack"},
        {"send", "another's chat", "conversation_taken", "conversation_taken",
         "conversation_taken"},
        {"send", "queued chat", "ack", "ack", "ack"},
        {"typing", "own chat", "ack", "ack", "ack"},
        {"typing", "another's chat", "ack", "ack", "ack"},
        {"dismiss", "queued chat", "ack", "ack", "ack"},
        {"dismiss", "another's chat", "forbidden", "forbidden", "forbidden"},
        {"start_conversation", "a visitor", "ack", "ack", "ack"},
        {"edit", "own message", "ack", "ack", "ack"},
        {"edit", "another's message", "forbidden", "forbidden", "forbidden"},
        {"read", "own chat", "ack", "ack", "ack"},
        {"read", "another's chat", "ack", "ack", "ack"},
        {"add_operator", "own chat", "ack", "ack", "ack"},
        {"add_operator", "another's chat", "forbidden", "forbidden", "forbidden"},
        {"hand_over", "own chat", "ack", "ack", "ack"},
        {"hand_over", "another's chat", "forbidden", "forbidden", "forbidden"},
        {"close", "own chat", "ack", "ack", "ack"},
        {"close", "another's chat", "conversation_taken", "conversation_taken",
         "conversation_taken"},
        {"reopen", "own chat", "ack", "ack", "ack"},
        {"reopen", "another's chat", "conversation_taken", "conversation_taken",
         "conversation_taken"},
        {"search", "-", "ack", "ack", "ack"},
        {"join", "own chat", "ack", "ack", "ack"},
        {"join", "another's chat", "forbidden", "forbidden", "forbidden"},
        {"visitors", "-", "ack", "ack", "ack"},
        {"visitor", "a visitor", "ack", "ack", "ack"},
        {"update_visitor", "a visitor", "ack", "ack", "ack"},
        {"add_note", "a visitor", "ack", "ack", "ack"},
        {"team", "-", "ack", "ack", "ack"},
        {"update_profile", "themselves", "ack", "ack", "ack"},
        {"invite", "-", "ack", "ack", "forbidden"},
        {"set_role", "a teammate", "ack", "ack", "forbidden"},
        {"set_role", "the owner", "forbidden", "forbidden", "forbidden"},
        {"set_active", "a teammate", "ack", "ack", "forbidden"},
        {"set_active", "the owner", "forbidden", "forbidden", "forbidden"},
        {"websites", "-", "ack", "ack", "forbidden"},
        {"update_website", "the website", "ack", "ack", "forbidden"},
        {"update_website", "an unknown website", "not_found", "not_found", "forbidden"},
        {"saved_replies", "-", "ack", "ack", "ack"},
        {"save_reply", "a new reply", "ack", "ack", "ack"},
        {"save_reply", "another's reply", "ack", "ack", "ack"},
        {"delete_reply", "own reply", "ack", "ack", "ack"},
        {"delete_reply", "another's reply", "ack", "ack", "ack"},
        {"set_status", "-", "ack", "ack", "ack"},
        {"working_hours", "-", "ack", "ack", "ack"},
        {"set_working_hours", "themselves", "ack", "ack", "ack"},
        {"slow_alerts", "-", "ack", "ack", "ack"},
        {"set_slow_alerts", "own opt-in", "ack", "ack", "ack"},
        {"set_slow_alerts", "the account's threshold", "ack", "ack", "forbidden"},
        {"active", "-", "ack", "ack", "ack"},
        {"change_password", "themselves", "wrong_password", "wrong_password", "wrong_password"},
        {"devices", "-", "ack", "ack", "ack"},
        {"log_out_device", "an unknown device", "not_found", "not_found", "not_found"},
        {"reset_password", "an unknown operator", "not_found", "not_found", "forbidden"},
        {"groups", "-", "ack", "ack", "ack"},
        {"save_group", "a new group", "ack", "ack", "forbidden"},
        {"set_group_members", "an unknown group", "not_found", "not_found", "forbidden"},
        {"delete_group", "an unknown group", "not_found", "not_found", "forbidden"},
        {"update_team", "the team", "ack", "ack", "forbidden"},
        {"set_visitor_group", "a visitor, no group", "ack", "ack", "ack"},
        {"actions", "-", "ack", "ack", "forbidden"},
        {"save_action", "an unknown action", "not_found", "not_found", "forbidden"},
        {"enable_action", "an unknown action", "not_found", "not_found", "forbidden"},
        {"duplicate_action", "an unknown action", "not_found", "not_found", "forbidden"},
        {"delete_action", "an unknown action", "not_found", "not_found", "forbidden"},
        {"action_templates", "-", "ack", "ack", "forbidden"},
        {"action_settings", "-", "ack", "ack", "forbidden"},
        {"chatbot_scenarios", "-", "ack", "ack", "forbidden"},
        {"save_chatbot_scenario", "an unknown scenario", "not_found", "not_found", "forbidden"},
        {"delete_chatbot_scenario", "an unknown scenario", "not_found", "not_found", "forbidden"},
        {"report", "own figures", "ack", "ack", "ack"},
        {"report", "a teammate's figures", "ack", "ack", "forbidden"},
        {"email_settings", "-", "ack", "ack", "forbidden"},
        {"save_email_settings", "the mail server", "ack", "ack", "forbidden"},
        {"send_test_email", "a malformed address", "invalid_field", "invalid_field", "forbidden"},
        {"deliveries", "-", "ack", "ack", "forbidden"},
        {"retry_delivery", "an unknown delivery", "not_found", "not_found", "forbidden"},
        {"webhooks", "-", "ack", "ack", "forbidden"},
        {"save_webhook", "an unknown webhook", "not_found", "not_found", "forbidden"},
        {"delete_webhook", "an unknown webhook", "not_found", "not_found", "forbidden"},
        {"slack_settings", "-", "ack", "ack", "forbidden"},
        {"save_slack_settings", "a malformed URL", "invalid_field", "invalid_field", "forbidden"},
        {"save_allowed_addresses", "a name, not an address", "invalid_field", "invalid_field",
         "forbidden"},
        {"helpscout_settings", "-", "ack", "ack", "forbidden"},
        {"save_helpscout_settings", "a malformed URL", "invalid_field", "invalid_field",
         "forbidden"},
        {"export_to_helpscout", "an unknown chat", "not_found", "not_found", "not_found"},
        // Last: it signs the caller's own socket out as well.
        {"log_out_everywhere", "themselves", "ack", "ack", "ack"},
    };
    return rows;
}

// What a visitor may do with objects that are theirs and objects of another visitor. Only
// these requests name an object; the others act on the caller's own chat, which the server
// picks from the visitor token.
struct VisitorRow
{
    const char *request;
    const char *own;
    const char *anotherVisitors;
};

inline const std::vector<VisitorRow> &visitorMatrix()
{
    static const std::vector<VisitorRow> rows = {
        {"read (a message id)", "ack", "not_found"},
        {"message (an attachmentId)", "ack", "not_found"},
        {"POST /api/attachments?conversationId=", "201", "403"},
        {"GET /attachments/ID?exp=&sig= (the link)", "200", "404"},
        {"GET /attachments/ID (no signature)", "404", "404"},
        {"scenario_reply (a bot message id)", "ack", "not_found"},
        // The form is always the caller's own: there is no id to name another visitor's.
        {"fill_contact_form (no id: the caller's own form)", "ack", "not_found"},
    };
    return rows;
}

// The HTTP routes that need a caller; every other route (/healthz, /widget.js, /widget.css,
// /demo, /avatars/NAME) is public and answers everyone alike.
struct HttpRow
{
    const char *route;
    const char *object;
    const char *owner;
    const char *admin;
    const char *operatorRole;
    const char *deactivated;
    const char *refused; // logged out, another server's token
};

inline const std::vector<HttpRow> &httpMatrix()
{
    static const std::vector<HttpRow> rows = {
        {"POST /api/attachments", "own chat", "201", "201", "201", "401", "401"},
        {"POST /api/attachments", "another's chat", "403", "403", "403", "401", "401"},
        {"POST /api/avatar", "themselves", "200", "200", "200", "401", "401"},
        {"GET /api/reports.csv", "own figures", "200", "200", "200", "401", "401"},
        {"GET /api/reports.csv", "a teammate's figures", "200", "200", "403", "401", "401"},
        {"GET /api/exports/visitors.csv", "-", "200", "200", "403", "401", "401"},
        // Logging out only ends the token, so a deactivated operator's desk may still do so.
        {"POST /api/logout", "own token", "204", "204", "204", "204", "401"},
    };
    return rows;
}

} // namespace papo::testing
