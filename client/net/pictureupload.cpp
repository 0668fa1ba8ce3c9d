#include "pictureupload.h"

#include "serverconnection.h"
#include "serverurl.h"

#include <QFile>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace papo::desk {

namespace {

constexpr int TransferTimeoutMs = 30000;

} // namespace

PictureUpload::PictureUpload(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(new QNetworkAccessManager(this))
{}

void PictureUpload::upload(const QString &filePath, qint64 websiteId)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1.").arg(filePath));
        return;
    }
    if (file.size() > MaxBytes) {
        emit failed(tr("The picture is larger than 5 MiB. Choose a smaller one."));
        return;
    }
    QUrl url = serverResourceUrl(m_connection->serverUrl(), QStringLiteral("/api/avatar"));
    if (websiteId > 0)
        url.setQuery(QUrlQuery{{QStringLiteral("websiteId"), QString::number(websiteId)}});
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QMimeDatabase().mimeTypeForFile(filePath).name());
    request.setRawHeader("Authorization", "Bearer " + m_connection->token().toUtf8());
    QNetworkReply *reply = m_network->post(request, file.readAll());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            emit uploaded(QJsonDocument::fromJson(reply->readAll()).object());
        else if (status == 413)
            emit failed(tr("The picture is larger than 5 MiB. Choose a smaller one."));
        else if (status == 415)
            emit failed(tr("This file is not a picture Papo can use. Choose a PNG, JPEG, "
                           "WebP or GIF picture."));
        else if (status == 403)
            emit failed(tr("Only owners and admins can do this."));
        else if (status == 0)
            emit failed(tr("Could not reach the server: %1").arg(reply->errorString()));
        else
            emit failed(tr("The server did not take the picture (HTTP %1).").arg(status));
    });
}

} // namespace papo::desk
