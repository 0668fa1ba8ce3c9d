#pragma once

#include <accountrepository.h>

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace papo::server {

class GroupService;
struct TargetedMessage;

// ACT-3: the frames a visitor's widget gets from automatic actions: a targeted message
// (the card above the launcher) with only its sender's public name and photo, and the
// request to open the chat window.
QByteArray targetedMessageFrame(const TargetedMessage &message, AccountRepository &accounts,
                                const GroupService &groups);
QByteArray openWindowFrame();
// BOT-1: the bot as the widget shows it: `{"kind":"bot","id","name","avatarUrl"}`.
QJsonObject botSenderJson(const std::optional<WebsiteRecord> &website);

} // namespace papo::server
