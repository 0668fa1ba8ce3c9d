#include "attachmentroutes.h"

#include "databaseaway.h"
#include "filedownload.h"
#include "securityheaders.h"

#include <authservice.h>
#include <chatservice.h>
#include <conversationaccess.h>
#include <originpolicy.h>
#include <visitorlimits.h>
#include <visitorservice.h>

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace papo::server {

using StatusCode = QHttpServerResponse::StatusCode;
using common::AuthorKind;

namespace {

QHttpServerResponse jsonError(const QString &code, const QString &message, StatusCode status)
{
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("error"), code}, {QLatin1String("message"), message}}, status);
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7)).trimmed() : QString();
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'g', 3);
}

// The widget uploads from the shop's own origin: the browser needs these to let it read
// the answer. Who may upload is decided by the token, not by these headers.
void allowOrigin(QHttpServerResponse &response, const QHttpServerRequest &request)
{
    const QByteArray origin = request.value("Origin");
    if (origin.isEmpty())
        return;
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Vary", "Origin");
}

// RFC 6266: the name as given, for browsers that read filename*, and an ASCII fallback.
QByteArray contentDisposition(const common::AttachmentInfo &info)
{
    QByteArray ascii;
    for (const QChar c : info.name)
        ascii += c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"')
                         && c != QLatin1Char('\\')
                     ? char(c.unicode())
                     : '_';
    // Only the picture types the widget shows in place are inline; anything else (and
    // never SVG or HTML, which are refused at upload anyway) is a download.
    return (info.isImage() ? "inline" : "attachment") + QByteArray("; filename=\"") + ascii
           + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(info.name);
}

} // namespace

void AttachmentRoutes::addTo(QHttpServer &http)
{
    const QString uploadPath = QStringLiteral("/api/attachments");
    http.route(uploadPath, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) {
                   QHttpServerResponse response = upload(request);
                   allowOrigin(response, request);
                   return response;
               });
    // The CORS preflight of the widget's upload (it sends an Authorization header).
    http.route(
        uploadPath, QHttpServerRequest::Method::Options, [](const QHttpServerRequest &request) {
            QHttpServerResponse response(StatusCode::NoContent);
            allowOrigin(response, request);
            response.setHeader("Access-Control-Allow-Methods", "POST");
            response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
            response.setHeader("Access-Control-Max-Age", "600");
            return response;
        });
    http.route(
        QStringLiteral("/attachments/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &id, const QHttpServerRequest &request,
               QHttpServerResponder &&responder) { download(id, request, std::move(responder)); });
}

QHttpServerResponse AttachmentRoutes::upload(const QHttpServerRequest &request)
{
    const qint64 limit = m_context.attachments.maxBytes();
    // QtHttpServer 6.4 has read the whole body by now; the declared length is checked
    // anyway, so a body cut short by a proxy is not mistaken for a small file.
    bool declared = false;
    const qint64 declaredLength = request.value("Content-Length").toLongLong(&declared);
    if ((declared && declaredLength > limit) || request.body().size() > limit)
        return jsonError(QStringLiteral("too_large"),
                         QStringLiteral("The file is larger than %1 MiB.").arg(mebibytes(limit)),
                         StatusCode::PayloadTooLarge);
    AttachmentUpload upload;
    if (auto refusal = identifyUploader(request, upload))
        return std::move(*refusal);
    upload.fileName = request.query().queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    upload.content = request.body();
    return stored(upload);
}

std::optional<QHttpServerResponse>
AttachmentRoutes::identifyUploader(const QHttpServerRequest &request, AttachmentUpload &upload)
{
    const QUrlQuery query = request.query();
    const QString token = bearerToken(request);
    bool hasConversation = false;
    const qint64 conversationId
        = query.queryItemValue(QStringLiteral("conversationId")).toLongLong(&hasConversation);
    auto &conversations = m_context.chat.conversations();
    const qint64 visitorOfConversation
        = hasConversation ? conversations.visitorOfConversation(conversationId) : 0;
    if (query.hasQueryItem(QStringLiteral("key"))) {
        // The widget: the website key and the visitor token it keeps (WID-5).
        const QString key = query.queryItemValue(QStringLiteral("key"));
        upload.uploaderKind = AuthorKind::Visitor;
        upload.uploaderId = m_context.chat.knownVisitor(key, token);
        upload.visitorId = upload.uploaderId;
        if (upload.uploaderId == 0)
            return jsonError(QStringLiteral("unauthorized"),
                             QStringLiteral("The visitor token is missing or wrong."),
                             StatusCode::Unauthorized);
        const auto website = m_context.accounts.websiteByKey(key);
        const QString origin = QString::fromUtf8(request.value("Origin"));
        if (!origin.isEmpty() && !OriginPolicy::allows(website->allowedOrigins, origin))
            return jsonError(QStringLiteral("origin_not_allowed"),
                             QStringLiteral("This website does not allow the chat here."),
                             StatusCode::Forbidden);
        if (hasConversation && visitorOfConversation != upload.visitorId)
            return jsonError(QStringLiteral("forbidden"),
                             QStringLiteral("This is not your conversation."),
                             StatusCode::Forbidden);
        const QHostAddress address = m_context.visitors.clientAddress(
            request.remoteAddress(), QString::fromLatin1(request.value("X-Forwarded-For")));
        if (!m_context.visitorLimits.upload(address, upload.visitorId)) {
            QHttpServerResponse refused = jsonError(
                QStringLiteral("rate_limited"),
                QStringLiteral("Too many files in a short time; try again in a minute."),
                StatusCode::TooManyRequests);
            refused.setHeader("Retry-After", "60");
            return refused;
        }
        return std::nullopt;
    }
    bool databaseAway = false;
    const auto account = m_context.auth.operatorForToken(token, &databaseAway);
    if (databaseAway)
        return jsonError(QStringLiteral("internal"), databaseAwayMessage(),
                         StatusCode::ServiceUnavailable);
    if (!account)
        return jsonError(QStringLiteral("unauthorized"),
                         QStringLiteral("The token is missing, wrong or revoked."),
                         StatusCode::Unauthorized);
    // GRP-1: a conversation outside the operator's sight is as unknown as a missing one.
    if (visitorOfConversation == 0
        || !m_context.access.maySeeConversation(account->id, conversationId))
        return jsonError(QStringLiteral("not_found"),
                         QStringLiteral("There is no such conversation."), StatusCode::NotFound);
    if (!conversations.mayWrite(conversationId, account->id))
        return jsonError(QStringLiteral("forbidden"),
                         QStringLiteral("Another operator is answering this conversation."),
                         StatusCode::Forbidden);
    upload.uploaderKind = AuthorKind::Operator;
    upload.uploaderId = account->id;
    upload.visitorId = visitorOfConversation;
    upload.conversationId = conversationId;
    return std::nullopt;
}

QHttpServerResponse AttachmentRoutes::stored(const AttachmentUpload &upload)
{
    const AttachmentSaved saved = m_context.attachments.save(upload);
    switch (saved.error) {
    case AttachmentSaved::Error::None:
        return QHttpServerResponse(QJsonObject{{QLatin1String("attachment"), saved.info.toJson()}},
                                   StatusCode::Created);
    case AttachmentSaved::Error::Empty:
        return jsonError(QStringLiteral("empty"), QStringLiteral("The file is empty."),
                         StatusCode::BadRequest);
    case AttachmentSaved::Error::TooLarge:
        return jsonError(QStringLiteral("too_large"),
                         QStringLiteral("The file is larger than %1 MiB.")
                             .arg(mebibytes(m_context.attachments.maxBytes())),
                         StatusCode::PayloadTooLarge);
    case AttachmentSaved::Error::UnsupportedType:
        return jsonError(QStringLiteral("unsupported_type"),
                         QStringLiteral("Only images, PDF, text, zip and office documents can "
                                        "be sent."),
                         StatusCode::UnsupportedMediaType);
    case AttachmentSaved::Error::Internal:
        break;
    }
    return jsonError(QStringLiteral("internal"), QStringLiteral("The file could not be stored."),
                     StatusCode::InternalServerError);
}

void AttachmentRoutes::download(const QString &id, const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) const
{
    const QUrlQuery query = request.query();
    const auto check = m_context.attachments.links().check(
        id, query.queryItemValue(QStringLiteral("exp")),
        query.queryItemValue(QStringLiteral("sig")), QDateTime::currentSecsSinceEpoch());
    auto record
        = check == AttachmentLinks::Check::Invalid ? std::nullopt : m_context.attachments.find(id);
    // The signed link is the capability (the widget's <img> sends no token). papo-desk sends
    // its operator's token: then the file must also be of a chat in their sight (GRP-1).
    if (record && !bearerToken(request).isEmpty() && !mayDownload(*record, bearerToken(request)))
        record.reset();
    auto file = std::make_unique<QFile>(record ? m_context.attachments.filePath(id) : QString());
    QHttpServerResponse refusal(StatusCode::NotFound);
    if (!record) {
        // A wrong signature looks like an unknown file: nothing tells which ids exist.
        refusal = jsonError(QStringLiteral("not_found"), QStringLiteral("There is no such file."),
                            StatusCode::NotFound);
    } else if (!file->open(QIODevice::ReadOnly)) {
        refusal = jsonError(QStringLiteral("removed"),
                            QStringLiteral("This file was removed after the retention period."),
                            StatusCode::Gone);
    } else if (check == AttachmentLinks::Check::Expired) {
        refusal = jsonError(QStringLiteral("expired"),
                            QStringLiteral("This link has expired; open the conversation again "
                                           "for a new one."),
                            StatusCode::Gone);
    } else {
        const common::AttachmentInfo &info = record->info;
        QTcpSocket *socket = responder.socket();
        responder.writeStatusLine(StatusCode::Ok);
        responder.writeHeader("Content-Type", info.type.toUtf8());
        responder.writeHeader("Content-Length", QByteArray::number(file->size()));
        responder.writeHeader("Content-Disposition", contentDisposition(info));
        // Until the link expires only the browser that fetched it keeps a copy.
        responder.writeHeader("Cache-Control", "private, max-age=604800, immutable");
        // The widget shows images on the shops' own pages.
        responder.writeHeader("Cross-Origin-Resource-Policy", "cross-origin");
        SecurityHeaders::writeTo(responder);
        responder.writeBody(QByteArray());
        FileDownload::start(socket, std::move(file));
        return;
    }
    SecurityHeaders::addTo(refusal);
    refusal.write(std::move(responder));
}

bool AttachmentRoutes::mayDownload(const AttachmentRecord &record, const QString &token) const
{
    const auto account = m_context.auth.operatorForToken(token);
    if (!account)
        return true; // not an operator's token: the id alone decides, as for the widget
    if (record.conversationId > 0)
        return m_context.access.maySeeConversation(account->id, record.conversationId);
    return m_context.access.maySeeVisitor(account->id, record.visitorId);
}

} // namespace papo::server
