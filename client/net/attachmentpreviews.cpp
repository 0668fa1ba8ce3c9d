#include "attachmentpreviews.h"

#include "serverurl.h"

#include <QNetworkReply>

namespace papo::desk {

AttachmentPreviews::AttachmentPreviews(QObject *parent)
    : QObject(parent)
{}

QUrl AttachmentPreviews::fileUrl(const papo::common::AttachmentInfo &attachment) const
{
    // The link has a query (its expiry and signature): joined to the base path, kept whole.
    const QString link = attachment.downloadPath();
    const qsizetype query = link.indexOf(QLatin1Char('?'));
    QUrl url = serverResourceUrl(m_serverUrl, query < 0 ? link : link.left(query));
    if (query >= 0)
        url.setQuery(link.mid(query + 1));
    return url;
}

QImage AttachmentPreviews::preview(const papo::common::AttachmentInfo &attachment)
{
    if (!attachment.isImage() || m_serverUrl.isEmpty())
        return {};
    const auto cached = m_previews.constFind(attachment.id);
    if (cached != m_previews.cend())
        return *cached;
    if (m_requested.contains(attachment.id))
        return {};
    m_requested.insert(attachment.id);
    QNetworkRequest request(fileUrl(attachment));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network.get(request);
    const QString id = attachment.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        QImage image;
        if (reply->error() == QNetworkReply::NoError)
            image = QImage::fromData(reply->readAll());
        if (image.isNull()) {
            m_failed.insert(id);
            return;
        }
        if (image.width() > MaxSize.width() || image.height() > MaxSize.height())
            image = image.scaled(MaxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_previews.insert(id, image);
        emit previewReady(id);
    });
    return {};
}

} // namespace papo::desk
