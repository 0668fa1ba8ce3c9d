// The envelope every WebSocket frame goes through, and the field reader of every request:
// a client frame is parsed, then each field any request reads is read from its `d` the way
// the handlers read it. Server frames go through the client's parser too (papo-desk).
#include "fuzzinput.h"

#include <chatmessage.h>
#include <envelope.h>
#include <fieldreader.h>
#include <protocollimits.h>

#include <QJsonArray>

using namespace papo::common;

namespace {

void readEveryField(const QJsonObject &data)
{
    static const QStringList names = {"key",
                                      "token",
                                      "url",
                                      "title",
                                      "referrer",
                                      "lang",
                                      "screen",
                                      "group",
                                      "textLanguage",
                                      "lastSeq",
                                      "cid",
                                      "text",
                                      "attachmentId",
                                      "typing",
                                      "upToId",
                                      "open",
                                      "name",
                                      "email",
                                      "phone",
                                      "fields",
                                      "rating",
                                      "comment",
                                      "conversationId",
                                      "beforeId",
                                      "limit",
                                      "status",
                                      "visitorId",
                                      "messageId",
                                      "operatorId",
                                      "id",
                                      "shortcut",
                                      "query",
                                      "role",
                                      "active",
                                      "websiteId",
                                      "allowedOrigins",
                                      "ratingsEnabled",
                                      "color",
                                      "position",
                                      "language",
                                      "texts",
                                      "days",
                                      "notifyWhenSlow",
                                      "thresholdSeconds"};
    FieldReader reader(data);
    for (const QString &name : names) {
        FieldReader one(data);
        one.requiredString(name, 1, Limits::MaxMessageChars);
        one.optionalString(name, Limits::MaxUrlChars);
        one.requiredId(name);
        one.optionalInteger(name, 0, 0, std::numeric_limits<qint32>::max() * 1024LL);
        one.optionalBool(name, false);
        one.optionalTextMap(name, 30, Limits::MaxFieldNameChars, Limits::MaxFieldValueChars);
        papo::fuzz::require(one.ok() == one.errorMessage().isEmpty(), "ok() agrees");
    }
    reader.clientId();
    reader.messageText();
    reader.optionalMessageText();
    reader.attachmentId();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame = papo::fuzz::bytes(data, size);
    const ParsedFrame request = parseRequest(frame);
    papo::fuzz::require(request.ok() != (request.error != ErrorCode::None), "one outcome");
    if (request.ok()) {
        papo::fuzz::require(!request.envelope->type.isEmpty(), "a type");
        papo::fuzz::require(request.envelope->id.size() <= Limits::MaxRequestIdChars, "id size");
        readEveryField(request.envelope->data);
        // Whatever came in can be answered: the answer is valid JSON the client reads back.
        const ParsedFrame answer
            = parseFrame(encodeError(request.envelope->id, ErrorCode::UnknownType, "x"));
        papo::fuzz::require(answer.ok() && answer.envelope->id == request.envelope->id,
                            "the error names the request");
    }
    const ParsedFrame fromServer = parseFrame(frame);
    if (fromServer.ok()) {
        const QJsonObject &d = fromServer.envelope->data;
        const ChatMessage message = ChatMessage::fromJson(d);
        ChatMessage::fromJson(message.toJson());
        ConversationSummary::fromJson(d);
        for (const QJsonValue &item : d.value("conversations").toArray())
            ConversationSummary::fromJson(item.toObject());
    }
    return 0;
}
