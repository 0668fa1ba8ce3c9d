#pragma once

#include "errorcode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace papo::common {

// One frame of the wire protocol (docs/protocol.md, "Envelope").
struct Envelope
{
    QString type;
    QString id; // request id; empty for fire-and-forget requests and events
    QJsonObject data;
    qint64 seq = 0; // durable events only
};

struct ParsedFrame
{
    std::optional<Envelope> envelope;
    ErrorCode error = ErrorCode::None;
    QString message;
    bool ok() const { return envelope.has_value(); }
};

// A frame the server sent: an ack's or error's `re` becomes the envelope's id.
ParsedFrame parseFrame(const QByteArray &frame);
// A frame a client sent: its id is always `id`, whatever its type, so even a request of
// type "ack" or "error" gets its one answer.
ParsedFrame parseRequest(const QByteArray &frame);

QByteArray encodeRequest(const QString &type, const QString &id, const QJsonObject &data);
QByteArray encodeAck(const QString &re, const QJsonObject &data = {});
// The same ack with its data already written as a compact JSON object.
QByteArray encodeAckJson(const QString &re, const QByteArray &dataJson);
// `field`: the answer a visitor's form problem is about (`fill_contact_form`); empty: none.
QByteArray encodeError(const QString &re, ErrorCode code, const QString &message,
                       const QString &field = {});
QByteArray encodeEvent(const QString &type, const QJsonObject &data, qint64 seq = 0);

} // namespace papo::common
