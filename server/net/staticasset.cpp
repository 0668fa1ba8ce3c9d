#include "staticasset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>

#include <zlib.h>

namespace papo::server {

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream stream = {};
    // 15 + 16: a gzip header and trailer around the deflate stream.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace

StaticAsset::StaticAsset(const QString &resourcePath, const QByteArray &mimeType)
    : StaticAsset(
        [&resourcePath] {
            QFile file(resourcePath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }(),
        mimeType)
{}

StaticAsset::StaticAsset(const QByteArray &body, const QByteArray &mimeType)
    : m_mimeType(mimeType)
    , m_body(body)
{
    m_gzipped = gzip(m_body);
    m_etag
        = '"' + QCryptographicHash::hash(m_body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

QHttpServerResponse StaticAsset::response(const QHttpServerRequest &request) const
{
    if (request.value("If-None-Match") == m_etag) {
        QHttpServerResponse notModified(QHttpServerResponse::StatusCode::NotModified);
        notModified.setHeader("ETag", m_etag);
        return notModified;
    }
    const bool gzipOk = !m_gzipped.isEmpty() && request.value("Accept-Encoding").contains("gzip");
    QHttpServerResponse response(m_mimeType, gzipOk ? m_gzipped : m_body);
    if (gzipOk)
        response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("ETag", m_etag);
    // Short-lived, then revalidated: a new widget reaches every site within minutes.
    response.setHeader("Cache-Control", "public, max-age=300");
    return response;
}

} // namespace papo::server
