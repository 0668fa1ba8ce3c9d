#pragma once

#include <QByteArray>

#include <optional>

namespace papo::server {

// TEAM-1: turns an uploaded photo into the avatar everyone sees. The type is decided by
// decoding the bytes, never by a name or a header: only PNG, JPEG, WebP and GIF are taken.
// The picture is cropped to its centred square and scaled to Size x Size, then stored as PNG
// (whatever metadata the upload carried is dropped on the way).
class AvatarImage final
{
public:
    static constexpr int Size = 128;
    static constexpr qsizetype MaxUploadBytes = 5 * 1024 * 1024;

    // The PNG, or nullopt when the bytes are not a picture of an accepted type.
    static std::optional<QByteArray> fromUpload(const QByteArray &upload);
};

} // namespace papo::server
