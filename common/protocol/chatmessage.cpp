#include "chatmessage.h"

#include "isotime.h"

#include <QJsonArray>

namespace papo::common {

namespace {

QString isoTime(const QDateTime &time)
{
    return toIsoTime(time);
}

QDateTime parseTime(const QJsonValue &value)
{
    return fromIsoTime(value.toString());
}

} // namespace

namespace {
AttachmentInfo::LinkSigner linkSigner = nullptr;
} // namespace

void AttachmentInfo::setLinkSigner(LinkSigner signer)
{
    linkSigner = signer;
}

bool AttachmentInfo::isImage() const
{
    return type == QLatin1String("image/png") || type == QLatin1String("image/jpeg")
           || type == QLatin1String("image/gif") || type == QLatin1String("image/webp");
}

QString AttachmentInfo::downloadPath() const
{
    if (!link.isEmpty())
        return link;
    return linkSigner ? linkSigner(id) : url();
}

QJsonObject AttachmentInfo::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("type"), type},
            {QLatin1String("size"), size},
            {QLatin1String("url"), downloadPath()}};
}

AttachmentInfo AttachmentInfo::fromJson(const QJsonObject &object)
{
    AttachmentInfo info;
    info.id = object.value(QLatin1String("id")).toString();
    info.name = object.value(QLatin1String("name")).toString();
    info.type = object.value(QLatin1String("type")).toString();
    info.size = object.value(QLatin1String("size")).toInteger();
    info.link = object.value(QLatin1String("url")).toString();
    return info;
}

QString authorKindName(AuthorKind kind)
{
    switch (kind) {
    case AuthorKind::Operator:
        return QStringLiteral("operator");
    case AuthorKind::Bot:
        return QStringLiteral("bot");
    case AuthorKind::Group:
        return QStringLiteral("group");
    case AuthorKind::Visitor:
        break;
    }
    return QStringLiteral("visitor");
}

AuthorKind parseAuthorKind(const QString &name)
{
    if (name == QLatin1String("operator"))
        return AuthorKind::Operator;
    if (name == QLatin1String("bot"))
        return AuthorKind::Bot;
    if (name == QLatin1String("group"))
        return AuthorKind::Group;
    return AuthorKind::Visitor;
}

QJsonObject ChatMessage::toJson() const
{
    const QJsonObject author{{QLatin1String("kind"), authorKindName(authorKind)},
                             {QLatin1String("id"), authorId},
                             {QLatin1String("name"), authorName}};
    QJsonObject object{{QLatin1String("id"), id},
                       {QLatin1String("cid"), clientId},
                       {QLatin1String("conversationId"), conversationId},
                       {QLatin1String("author"), author},
                       {QLatin1String("text"), text},
                       {QLatin1String("createdAt"), isoTime(createdAt)},
                       {QLatin1String("editedAt"),
                        editedAt.isValid() ? QJsonValue(isoTime(editedAt)) : QJsonValue()}};
    if (!attachment.isEmpty())
        object.insert(QLatin1String("attachment"), attachment.toJson());
    return object;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &object)
{
    const QJsonObject author = object.value(QLatin1String("author")).toObject();
    ChatMessage message;
    message.id = object.value(QLatin1String("id")).toInteger();
    message.clientId = object.value(QLatin1String("cid")).toString();
    message.conversationId = object.value(QLatin1String("conversationId")).toInteger();
    message.authorKind = parseAuthorKind(author.value(QLatin1String("kind")).toString());
    message.authorId = author.value(QLatin1String("id")).toInteger();
    message.authorName = author.value(QLatin1String("name")).toString();
    message.text = object.value(QLatin1String("text")).toString();
    message.createdAt = parseTime(object.value(QLatin1String("createdAt")));
    message.editedAt = parseTime(object.value(QLatin1String("editedAt")));
    message.attachment
        = AttachmentInfo::fromJson(object.value(QLatin1String("attachment")).toObject());
    return message;
}

QString ChatMessage::previewText() const
{
    if (!text.isEmpty() || attachment.isEmpty())
        return text;
    return QStringLiteral("📎 ") + attachment.name;
}

QJsonArray ConversationSummary::participantsJson() const
{
    QJsonArray array;
    for (qint64 participant : participants)
        array.append(participant);
    return array;
}

QJsonObject ConversationSummary::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("visitorId"), visitorId},
            {QLatin1String("visitorName"), visitorName},
            {QLatin1String("state"),
             state == ConversationState::Open ? QLatin1String("open") : QLatin1String("queued")},
            {QLatin1String("ownerId"), ownerId > 0 ? QJsonValue(ownerId) : QJsonValue()},
            {QLatin1String("dismissed"), dismissed},
            {QLatin1String("participants"), participantsJson()},
            {QLatin1String("visitorReadUpTo"), visitorReadUpTo},
            {QLatin1String("operatorReadUpTo"), operatorReadUpTo},
            {QLatin1String("rating"), rating.isEmpty() ? QJsonValue() : QJsonValue(rating)},
            {QLatin1String("ratingComment"), ratingComment},
            {QLatin1String("closed"), closed},
            {QLatin1String("groupId"), groupId > 0 ? QJsonValue(groupId) : QJsonValue()},
            {QLatin1String("pageUrl"), pageUrl},
            {QLatin1String("updatedAt"), isoTime(updatedAt)},
            {QLatin1String("lastMessage"),
             hasLastMessage ? QJsonValue(lastMessage.toJson()) : QJsonValue()}};
}

ConversationSummary ConversationSummary::fromJson(const QJsonObject &object)
{
    ConversationSummary summary;
    summary.id = object.value(QLatin1String("id")).toInteger();
    summary.visitorId = object.value(QLatin1String("visitorId")).toInteger();
    summary.visitorName = object.value(QLatin1String("visitorName")).toString();
    summary.state = object.value(QLatin1String("state")).toString() == QLatin1String("open")
                        ? ConversationState::Open
                        : ConversationState::Queued;
    summary.ownerId = object.value(QLatin1String("ownerId")).toInteger();
    summary.dismissed = object.value(QLatin1String("dismissed")).toBool();
    const QJsonArray participants = object.value(QLatin1String("participants")).toArray();
    for (const QJsonValue &participant : participants)
        summary.participants.append(participant.toInteger());
    summary.visitorReadUpTo = object.value(QLatin1String("visitorReadUpTo")).toInteger();
    summary.operatorReadUpTo = object.value(QLatin1String("operatorReadUpTo")).toInteger();
    summary.rating = object.value(QLatin1String("rating")).toString();
    summary.ratingComment = object.value(QLatin1String("ratingComment")).toString();
    summary.closed = object.value(QLatin1String("closed")).toBool();
    summary.groupId = object.value(QLatin1String("groupId")).toInteger();
    summary.pageUrl = object.value(QLatin1String("pageUrl")).toString();
    summary.updatedAt = parseTime(object.value(QLatin1String("updatedAt")));
    const QJsonValue last = object.value(QLatin1String("lastMessage"));
    summary.hasLastMessage = last.isObject();
    if (summary.hasLastMessage)
        summary.lastMessage = ChatMessage::fromJson(last.toObject());
    return summary;
}

QString operatorStatusName(OperatorStatus status)
{
    switch (status) {
    case OperatorStatus::Online:
        return QStringLiteral("online");
    case OperatorStatus::Invisible:
        return QStringLiteral("invisible");
    case OperatorStatus::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("offline");
}

bool parseOperatorStatus(const QString &name, OperatorStatus *status)
{
    for (OperatorStatus candidate :
         {OperatorStatus::Online, OperatorStatus::Invisible, OperatorStatus::Offline}) {
        if (operatorStatusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

} // namespace papo::common
