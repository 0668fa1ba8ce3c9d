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
    RateLimited,
    WrongPassword,
    TooManyAttempts,
};

QString errorCodeName(ErrorCode code);

// WebSocket close codes (docs/protocol.md, "Error codes").
enum CloseCode : int {
    CloseUnauthorized = 4001,
    CloseInvalidKey = 4003,
    CloseOriginNotAllowed = 4005,
    CloseHelloTimeout = 4008, // no hello within HelloTimeoutMs of opening
    CloseRateLimited = 4029,  // too many requests refused in a row, or frames too fast
};

} // namespace papo::common
