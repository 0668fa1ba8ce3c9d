#pragma once

#include <QByteArray>

namespace papo::server {

class AccountRepository;
class GroupService;
struct TargetedMessage;

// ACT-3: the frames a visitor's widget gets from automatic actions: a targeted message
// (the card above the launcher) with only its sender's public name and photo, and the
// request to open the chat window.
QByteArray targetedMessageFrame(const TargetedMessage &message, AccountRepository &accounts,
                                const GroupService &groups);
QByteArray openWindowFrame();

} // namespace papo::server
