#pragma once

#include "servercontext.h"

#include <attachmentstore.h>

#include <QHttpServer>

namespace papo::server {

// CHT-9 over HTTP: POST /api/attachments (the widget with the visitor's token, papo-desk
// with the operator's bearer token) and GET /attachments/<id>?exp=…&sig=… (the signed,
// expiring link handed out only in that chat's messages; with an operator's token, only for a
// chat they may see), streamed from disk.
class AttachmentRoutes final
{
public:
    explicit AttachmentRoutes(ServerContext context)
        : m_context(context)
    {}

    void addTo(QHttpServer &http);

private:
    QHttpServerResponse upload(const QHttpServerRequest &request);
    void download(const QString &id, const QHttpServerRequest &request,
                  QHttpServerResponder &&responder) const;
    // An operator's request: the file's chat must be in their sight (GRP-1).
    bool mayDownload(const AttachmentRecord &record, const QString &token) const;
    // Who uploads, and for whose chat; an error response when they may not.
    std::optional<QHttpServerResponse> identifyUploader(const QHttpServerRequest &request,
                                                        AttachmentUpload &upload);
    QHttpServerResponse stored(const AttachmentUpload &upload);

    ServerContext m_context;
};

} // namespace papo::server
