#include "avatarimage.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace papo::server {

namespace {

// Pictures that decode into bigger images than this are refused (decompression bombs).
constexpr int MaxSide = 8000;

bool isAcceptedFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "webp" || format == "gif";
}

} // namespace

std::optional<QByteArray> AvatarImage::fromUpload(const QByteArray &upload)
{
    if (upload.isEmpty() || upload.size() > MaxUploadBytes)
        return std::nullopt;
    QBuffer buffer;
    buffer.setData(upload);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // a phone's JPEG stands the way it was taken
    if (!isAcceptedFormat(reader.format()))
        return std::nullopt;
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.width() > MaxSide || declared.height() > MaxSide)
        return std::nullopt;
    const QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;

    const int side = qMin(image.width(), image.height());
    const QImage square
        = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    const QImage avatar = square.scaled(Size, Size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_ARGB32);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!avatar.save(&out, "PNG"))
        return std::nullopt;
    return png;
}

} // namespace papo::server
