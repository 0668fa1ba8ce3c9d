#include "targetedframes.h"

#include <accountrepository.h>
#include <actionengine.h>
#include <avatarstore.h>
#include <envelope.h>
#include <groupservice.h>
#include <messagetypes.h>

namespace papo::server {

QJsonObject botSenderJson(const std::optional<WebsiteRecord> &website)
{
    return {{QLatin1String("kind"), QLatin1String("bot")},
            {QLatin1String("id"), website ? website->id : 0},
            {QLatin1String("name"), website ? website->botDisplayName() : QString()},
            {QLatin1String("avatarUrl"), website && !website->botAvatar.isEmpty()
                                             ? AvatarStore::urlPath(website->botAvatar)
                                             : QString()}};
}

QByteArray targetedMessageFrame(const TargetedMessage &message, AccountRepository &accounts,
                                const GroupService &groups)
{
    QJsonObject sender;
    if (message.firing.senderOperatorId > 0) {
        const auto account = accounts.operatorById(message.firing.senderOperatorId);
        sender = {{QLatin1String("kind"), QLatin1String("operator")},
                  {QLatin1String("id"), message.firing.senderOperatorId},
                  {QLatin1String("name"), account ? account->name : QString()},
                  {QLatin1String("avatarUrl"),
                   account ? AvatarStore::urlPath(account->avatar) : QString()}};
    } else if (message.groupId > 0) {
        const GroupRecord *group = groups.group(message.groupId);
        sender = {{QLatin1String("kind"), QLatin1String("group")},
                  {QLatin1String("id"), message.groupId},
                  {QLatin1String("name"), group ? group->name : QString()}};
    } else {
        sender = botSenderJson(accounts.websiteOfVisitor(message.firing.visitorId));
    }
    return common::encodeEvent(
        common::MessageType::Targeted,
        {{QLatin1String("id"), message.firing.id},
         {QLatin1String("text"), message.firing.text},
         {QLatin1String("sender"), sender},
         {QLatin1String("at"), message.firing.firedAt.toString(Qt::ISODateWithMs)}});
}

QByteArray openWindowFrame()
{
    return common::encodeEvent(common::MessageType::OpenWindow, {});
}

} // namespace papo::server
