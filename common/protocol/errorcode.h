#pragma once

#include <QString>

namespace papo::common {

// Stable error codes of the protocol. Append only: clients match on the names.
enum class ErrorCode {
    None,
    BadJson,
    BadEnvelope,
    UnknownType,
    HelloRequired,
    InvalidKey,
    Unauthorized,
    InvalidField,
    NotFound,
    Forbidden,
    Internal,
    ConversationTaken,
    OriginNotAllowed,
    WrongPassword,
    TooManyAttempts,
};

QString errorCodeName(ErrorCode code);

// WebSocket close codes used during the handshake.
enum CloseCode : int {
    CloseUnauthorized = 4001,
    CloseInvalidKey = 4003,
    CloseOriginNotAllowed = 4005,
};

} // namespace papo::common
