#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace papo::desk {

class ServerConnection;

// `POST /api/avatar`: a picture file becomes one's own photo (TEAM-1) or, given a website,
// that website's bot picture (BOT-1). The file is read and its size checked here; a refusal
// reaches the caller in words (too large, not a picture, the server unreachable).
class PictureUpload final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;

    explicit PictureUpload(ServerConnection *connection, QObject *parent = nullptr);

    // websiteId 0: one's own photo.
    void upload(const QString &filePath, qint64 websiteId = 0);

signals:
    // The server's answer: `{"avatarUrl"}`, with `operator` for one's own photo.
    void uploaded(const QJsonObject &answer);
    void failed(const QString &reason);

private:
    ServerConnection *m_connection;
    QNetworkAccessManager *m_network;
};

} // namespace papo::desk
