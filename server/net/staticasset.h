#pragma once

#include <QByteArray>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace papo::server {

// A file served as it is on every request (the widget's JS and CSS): compressed once with
// gzip, with an ETag so browsers revalidate with a 304 instead of downloading it again.
class StaticAsset final
{
public:
    StaticAsset(const QString &resourcePath, const QByteArray &mimeType);
    StaticAsset(const QByteArray &body, const QByteArray &mimeType);

    QHttpServerResponse response(const QHttpServerRequest &request) const;
    qsizetype size() const { return m_body.size(); }
    qsizetype gzippedSize() const { return m_gzipped.size(); }

private:
    QByteArray m_mimeType;
    QByteArray m_body;
    QByteArray m_gzipped;
    QByteArray m_etag;
};

} // namespace papo::server
