#include "attachmentuploader.h"

#include "serverurl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace papo::desk {

AttachmentUploader::AttachmentUploader(QObject *parent)
    : QObject(parent)
{}

void AttachmentUploader::upload(const QUrl &serverUrl, const QString &token, qint64 conversationId,
                                const QString &fileName, const QByteArray &content,
                                std::function<void(const UploadOutcome &)> done)
{
    QUrl url = serverResourceUrl(serverUrl, QStringLiteral("/api/attachments"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("conversationId"), QString::number(conversationId));
    query.addQueryItem(QStringLiteral("name"), fileName);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.post(request, content);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        UploadOutcome outcome;
        outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        outcome.ok = outcome.httpStatus == 201;
        if (outcome.ok)
            outcome.attachment = papo::common::AttachmentInfo::fromJson(
                body.value(QLatin1String("attachment")).toObject());
        outcome.errorCode = body.value(QLatin1String("error")).toString();
        outcome.errorMessage = body.value(QLatin1String("message")).toString();
        if (!outcome.ok && outcome.errorMessage.isEmpty())
            outcome.errorMessage = reply->errorString();
        done(outcome);
    });
}

} // namespace papo::desk
