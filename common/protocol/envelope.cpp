#include "envelope.h"

#include "jsonwriter.h"
#include "messagetypes.h"
#include "protocollimits.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace papo::common {

namespace {

ParsedFrame failure(ErrorCode code, const QString &message)
{
    ParsedFrame result;
    result.error = code;
    result.message = message;
    return result;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

namespace {

ParsedFrame parse(const QByteArray &frame, bool fromServer)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(ErrorCode::BadJson, QStringLiteral("The frame is not a JSON object."));

    const QJsonObject object = document.object();
    const QJsonValue type = object.value(QLatin1String("t"));
    if (!type.isString() || type.toString().isEmpty())
        return failure(ErrorCode::BadEnvelope, QStringLiteral("\"t\" must be a non-empty string."));

    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull()
        && (!id.isString() || id.toString().size() > Limits::MaxRequestIdChars))
        return failure(ErrorCode::BadEnvelope,
                       QStringLiteral("\"id\" must be a string of at most %1 characters.")
                           .arg(Limits::MaxRequestIdChars));

    const QJsonValue data = object.value(QLatin1String("d"));
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return failure(ErrorCode::BadEnvelope, QStringLiteral("\"d\" must be an object."));

    Envelope envelope;
    envelope.type = type.toString();
    envelope.id = id.toString();
    envelope.data = data.toObject();
    envelope.seq = object.value(QLatin1String("seq")).toInteger();
    if (!fromServer)
        return ParsedFrame{envelope, ErrorCode::None, {}};
    // Answers name the request they answer in `re`, and errors carry their code outside `d`.
    if (envelope.type == MessageType::Ack || envelope.type == MessageType::Error)
        envelope.id = object.value(QLatin1String("re")).toString();
    if (envelope.type == MessageType::Error) {
        envelope.data.insert(QLatin1String("code"), object.value(QLatin1String("code")));
        envelope.data.insert(QLatin1String("message"), object.value(QLatin1String("message")));
        if (object.contains(QLatin1String("field")))
            envelope.data.insert(QLatin1String("field"), object.value(QLatin1String("field")));
    }
    ParsedFrame result;
    result.envelope = envelope;
    return result;
}

} // namespace

ParsedFrame parseFrame(const QByteArray &frame)
{
    return parse(frame, true);
}

ParsedFrame parseRequest(const QByteArray &frame)
{
    return parse(frame, false);
}

QByteArray encodeRequest(const QString &type, const QString &id, const QJsonObject &data)
{
    QJsonObject object{{QLatin1String("t"), type}, {QLatin1String("d"), data}};
    if (!id.isEmpty())
        object.insert(QLatin1String("id"), id);
    return compact(object);
}

QByteArray encodeAck(const QString &re, const QJsonObject &data)
{
    return compact({{QLatin1String("t"), MessageType::Ack},
                    {QLatin1String("re"), re},
                    {QLatin1String("d"), data}});
}

QByteArray encodeAckJson(const QString &re, const QByteArray &dataJson)
{
    return JsonObjectWriter()
        .add(QLatin1String("t"), QString(MessageType::Ack))
        .add(QLatin1String("re"), re)
        .addRaw(QLatin1String("d"), dataJson)
        .take();
}

QByteArray encodeError(const QString &re, ErrorCode code, const QString &message,
                       const QString &field)
{
    QJsonObject error{{QLatin1String("t"), MessageType::Error},
                      {QLatin1String("re"), re.isEmpty() ? QJsonValue() : QJsonValue(re)},
                      {QLatin1String("code"), errorCodeName(code)},
                      {QLatin1String("message"), message}};
    if (!field.isEmpty())
        error.insert(QLatin1String("field"), field);
    return compact(error);
}

QByteArray encodeEvent(const QString &type, const QJsonObject &data, qint64 seq)
{
    QJsonObject object{{QLatin1String("t"), type}, {QLatin1String("d"), data}};
    if (seq > 0)
        object.insert(QLatin1String("seq"), seq);
    return compact(object);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::BadJson:
        return QStringLiteral("bad_json");
    case ErrorCode::BadEnvelope:
        return QStringLiteral("bad_envelope");
    case ErrorCode::UnknownType:
        return QStringLiteral("unknown_type");
    case ErrorCode::HelloRequired:
        return QStringLiteral("hello_required");
    case ErrorCode::InvalidKey:
        return QStringLiteral("invalid_key");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::InvalidField:
        return QStringLiteral("invalid_field");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::ConversationTaken:
        return QStringLiteral("conversation_taken");
    case ErrorCode::OriginNotAllowed:
        return QStringLiteral("origin_not_allowed");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::WrongPassword:
        return QStringLiteral("wrong_password");
    case ErrorCode::TooManyAttempts:
        return QStringLiteral("too_many_attempts");
    }
    return QStringLiteral("internal");
}

} // namespace papo::common
