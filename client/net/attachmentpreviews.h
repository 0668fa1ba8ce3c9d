#pragma once

#include <protocol/chatmessage.h>

#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace papo::desk {

// CHT-9: the pictures of image attachments, downloaded once each, scaled to a thumbnail and
// kept for the session. The download URL is the attachment's capability URL; the operator's
// token goes with it, so the server serves only files of chats they may see (GRP-1).
class AttachmentPreviews final : public QObject
{
    Q_OBJECT

public:
    static constexpr QSize MaxSize{240, 180};

    explicit AttachmentPreviews(QObject *parent = nullptr);

    void setServerUrl(const QUrl &serverUrl) { m_serverUrl = serverUrl; }
    void setToken(const QString &token) { m_token = token; }
    QUrl fileUrl(const papo::common::AttachmentInfo &attachment) const;
    // The thumbnail; a null image until it has arrived (the first call starts the download).
    QImage preview(const papo::common::AttachmentInfo &attachment);
    bool hasFailed(const QString &attachmentId) const { return m_failed.contains(attachmentId); }

signals:
    void previewReady(const QString &attachmentId);

private:
    QNetworkAccessManager m_network;
    QUrl m_serverUrl;
    QString m_token;
    QHash<QString, QImage> m_previews;
    QSet<QString> m_requested;
    QSet<QString> m_failed;
};

} // namespace papo::desk
