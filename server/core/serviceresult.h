#pragma once

#include <errorcode.h>

#include <QString>

namespace papo::server {

// What a core service answers to a request it may refuse: nothing, or a protocol error code
// with a message for people.
struct ServiceResult
{
    common::ErrorCode error = common::ErrorCode::None;
    QString message;
    bool ok() const { return error == common::ErrorCode::None; }
};

inline ServiceResult failure(common::ErrorCode code, const QString &message)
{
    return {code, message};
}

} // namespace papo::server
