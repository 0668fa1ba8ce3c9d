#pragma once

#include <QLatin1StringView>

// Frame types of docs/protocol.md. Append only.
namespace papo::common::MessageType {

inline constexpr QLatin1StringView Ack{"ack"};
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView Hello{"hello"};
inline constexpr QLatin1StringView PageView{"page_view"};
inline constexpr QLatin1StringView Message{"message"};
inline constexpr QLatin1StringView Typing{"typing"};
inline constexpr QLatin1StringView Mode{"mode"};
inline constexpr QLatin1StringView Conversations{"conversations"};
inline constexpr QLatin1StringView History{"history"};
inline constexpr QLatin1StringView Send{"send"};
inline constexpr QLatin1StringView SetStatus{"set_status"};
inline constexpr QLatin1StringView Conversation{"conversation"};
inline constexpr QLatin1StringView Presence{"presence"};
inline constexpr QLatin1StringView Dismiss{"dismiss"};
inline constexpr QLatin1StringView Visitors{"visitors"};
inline constexpr QLatin1StringView Visitor{"visitor"};
inline constexpr QLatin1StringView UpdateVisitor{"update_visitor"};
inline constexpr QLatin1StringView AddNote{"add_note"};
inline constexpr QLatin1StringView StartConversation{"start_conversation"};
inline constexpr QLatin1StringView VisitorLeft{"visitor_left"};
inline constexpr QLatin1StringView Note{"note"};
inline constexpr QLatin1StringView Edit{"edit"};
inline constexpr QLatin1StringView MessageEdited{"message_edited"};
inline constexpr QLatin1StringView Read{"read"};
inline constexpr QLatin1StringView AddOperator{"add_operator"};
inline constexpr QLatin1StringView Invited{"invited"};
inline constexpr QLatin1StringView SavedReplies{"saved_replies"};
inline constexpr QLatin1StringView SaveReply{"save_reply"};
inline constexpr QLatin1StringView DeleteReply{"delete_reply"};
inline constexpr QLatin1StringView Team{"team"};
inline constexpr QLatin1StringView UpdateProfile{"update_profile"};
inline constexpr QLatin1StringView Invite{"invite"};
inline constexpr QLatin1StringView SetRole{"set_role"};
inline constexpr QLatin1StringView SetActive{"set_active"};
inline constexpr QLatin1StringView Websites{"websites"};
inline constexpr QLatin1StringView UpdateWebsite{"update_website"};
inline constexpr QLatin1StringView Rate{"rate"};
inline constexpr QLatin1StringView Window{"window"};
inline constexpr QLatin1StringView Close{"close"};
inline constexpr QLatin1StringView Reopen{"reopen"};
inline constexpr QLatin1StringView Search{"search"};
inline constexpr QLatin1StringView VisitorData{"visitor_data"};
inline constexpr QLatin1StringView WorkingHours{"working_hours"};
inline constexpr QLatin1StringView SetWorkingHours{"set_working_hours"};
inline constexpr QLatin1StringView Notify{"notify"};
inline constexpr QLatin1StringView Active{"active"};
inline constexpr QLatin1StringView SlowAlerts{"slow_alerts"};
inline constexpr QLatin1StringView SetSlowAlerts{"set_slow_alerts"};
inline constexpr QLatin1StringView Join{"join"};
inline constexpr QLatin1StringView HandOver{"hand_over"};
inline constexpr QLatin1StringView ChangePassword{"change_password"};
inline constexpr QLatin1StringView Devices{"devices"};
inline constexpr QLatin1StringView LogOutDevice{"log_out_device"};
inline constexpr QLatin1StringView LogOutEverywhere{"log_out_everywhere"};
inline constexpr QLatin1StringView ResetPassword{"reset_password"};
inline constexpr QLatin1StringView UpdateTeam{"update_team"};
inline constexpr QLatin1StringView Groups{"groups"};
inline constexpr QLatin1StringView SaveGroup{"save_group"};
inline constexpr QLatin1StringView SetGroupMembers{"set_group_members"};
inline constexpr QLatin1StringView DeleteGroup{"delete_group"};
inline constexpr QLatin1StringView SetVisitorGroup{"set_visitor_group"};
inline constexpr QLatin1StringView ConversationRemoved{"conversation_removed"};
inline constexpr QLatin1StringView Targeted{"targeted"};
inline constexpr QLatin1StringView OpenWindow{"open_window"};
inline constexpr QLatin1StringView Actions{"actions"};
inline constexpr QLatin1StringView SaveAction{"save_action"};
inline constexpr QLatin1StringView DeleteAction{"delete_action"};
inline constexpr QLatin1StringView DuplicateAction{"duplicate_action"};
inline constexpr QLatin1StringView EnableAction{"enable_action"};
inline constexpr QLatin1StringView ActionTemplates{"action_templates"};
inline constexpr QLatin1StringView ActionSettings{"action_settings"};
inline constexpr QLatin1StringView Report{"report"};
inline constexpr QLatin1StringView EmailSettings{"email_settings"};
inline constexpr QLatin1StringView SaveEmailSettings{"save_email_settings"};
inline constexpr QLatin1StringView SendTestEmail{"send_test_email"};
inline constexpr QLatin1StringView Deliveries{"deliveries"};
inline constexpr QLatin1StringView RetryDelivery{"retry_delivery"};

} // namespace papo::common::MessageType
