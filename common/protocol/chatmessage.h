#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace papo::common {

// Who wrote a message: the visitor, an operator, the website's bot (id: the website) or a
// group a targeted message came from (id: the group; ACT-3, BOT-1).
enum class AuthorKind { Visitor, Operator, Bot, Group };

// "visitor", "operator", "bot", "group": the author's `kind` on the wire and in the database.
QString authorKindName(AuthorKind kind);
// Anything unknown reads as the visitor.
AuthorKind parseAuthorKind(const QString &name);

// CHT-9: a file sent with a message. On the wire `url` is the server-relative download link:
// the file's random id and, from the server, an expiry and a signature (docs/protocol.md).
struct AttachmentInfo
{
    QString id;
    QString name;
    QString type; // detected from the content, never taken from the uploader
    qint64 size = 0;
    QString link; // the `url` as received; empty until a server signed one

    // How the server turns an id into a link (installed once by papo-server; without it the
    // link is the bare path).
    using LinkSigner = QString (*)(const QString &id);
    static void setLinkSigner(LinkSigner signer);

    bool isEmpty() const { return id.isEmpty(); }
    // PNG, JPEG, GIF and WebP: the types shown in place. Anything else is downloaded.
    bool isImage() const;
    QString url() const { return QStringLiteral("/attachments/") + id; }
    // The link to download it with: the one received, else a freshly signed one.
    QString downloadPath() const;
    QJsonObject toJson() const;
    static AttachmentInfo fromJson(const QJsonObject &object);
    bool operator==(const AttachmentInfo &other) const = default;
};

// A stored chat message as it travels on the wire ("Message object" in docs/protocol.md).
struct ChatMessage
{
    qint64 id = 0;
    // Its place in the streams clients resume from: the `seq` of its `message` event. Never on
    // the wire as a field. 0 until its transaction commits on PostgreSQL (docs/scaling.md).
    qint64 position = 0;
    QString clientId;
    qint64 conversationId = 0;
    AuthorKind authorKind = AuthorKind::Visitor;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    QDateTime createdAt;
    QDateTime editedAt;        // invalid until the author edits it (CHT-4)
    AttachmentInfo attachment; // CHT-9: empty for a text-only message

    QJsonObject toJson() const;
    static ChatMessage fromJson(const QJsonObject &object);
    bool operator==(const ChatMessage &other) const = default;
    // For lists and notifications: the text, or the file's name when there is no text.
    QString previewText() const;
};

enum class ConversationState { Queued, Open };

struct ConversationSummary
{
    qint64 id = 0;
    qint64 visitorId = 0;
    QString visitorName;
    ConversationState state = ConversationState::Queued;
    qint64 ownerId = 0;          // 0: nobody owns it yet
    bool dismissed = false;      // QUE-4: taken off the queue until the visitor writes again
    QList<qint64> participants;  // operators who may write: the owner and those added (CHT-1)
    qint64 visitorReadUpTo = 0;  // CHT-5: the visitor has seen messages up to this id
    qint64 operatorReadUpTo = 0; // ... and operators up to this one
    QString rating;              // RAT-1: "good", "bad" or "" (not rated)
    QString ratingComment;
    bool closed = false; // CHT-8: closed until reopened or the visitor writes again
    qint64 groupId = 0;  // GRP-1: its visitor's group; 0: ungrouped, for everyone
    QString pageUrl;
    QDateTime updatedAt;
    bool hasLastMessage = false;
    ChatMessage lastMessage;

    QJsonObject toJson() const;
    static ConversationSummary fromJson(const QJsonObject &object);

private:
    QJsonArray participantsJson() const;
};

enum class OperatorStatus { Online, Invisible, Offline };

QString operatorStatusName(OperatorStatus status);
bool parseOperatorStatus(const QString &name, OperatorStatus *status);

} // namespace papo::common
