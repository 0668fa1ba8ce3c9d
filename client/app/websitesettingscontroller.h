#pragma once

#include "net/serverconnection.h"
#include "net/websitesettings.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace papo::desk {

class PictureUpload;

// The action API of Settings → Widget (INS-1, INS-3, RAT-1, WID-2, WID-3): loads the
// websites with the `websites` request and saves one with `update_website`. Admins only;
// the server refuses operators, and the error reaches the view as text.
class WebsiteSettingsController final : public QObject
{
    Q_OBJECT

public:
    explicit WebsiteSettingsController(ServerConnection *connection, QObject *parent = nullptr);

    QList<WebsiteSettings> websites() const { return m_websites; }
    const WidgetTextDefaults &textDefaults() const { return m_defaults; }
    bool isLoaded() const { return m_loaded; }
    // INS-1: the snippet for this server.
    QString installSnippet(const WebsiteSettings &website) const;

    // Actions.
    void refresh();
    void save(const WebsiteSettings &website);
    // GRP-3: whether the widget asks visitors to choose a group, and offers "Not sure".
    void saveGroupQuestion(qint64 websiteId, bool ask, bool notSure);
    // FRM-1…8: the contact form's settings and the website's texts (the bot's words among
    // them); a refusal names the field (`saveFailed`).
    void saveContactForm(qint64 websiteId, const common::ContactFormSettings &form,
                         const QHash<QString, WebsiteSettings::Texts> &texts);
    // BOT-1: a picture file becomes the website's bot picture: `botPictureSaved` brings its
    // URL, or `saveFailed` says why not.
    void uploadBotPicture(qint64 websiteId, const QString &filePath);
    // Downloads a bot picture once per URL (a new picture gets a new URL):
    // `botPictureLoaded` brings it.
    void fetchBotPicture(const QString &avatarUrl);

signals:
    void websitesLoaded();
    void loadFailed(const QString &reason);
    void saved(const papo::desk::WebsiteSettings &website);
    void saveFailed(const QString &reason);
    void botPictureSaved(qint64 websiteId, const QString &avatarUrl);
    void botPictureLoaded(const QString &avatarUrl, const QImage &picture);

private:
    void send(const QJsonObject &update);
    QString errorText(const RequestReply &reply) const;

    ServerConnection *m_connection;
    PictureUpload *m_pictureUpload;
    QNetworkAccessManager *m_network;
    QHash<QString, QImage> m_botPictures; // avatar URL -> picture
    qint64 m_pictureWebsiteId = 0;        // whose bot picture is on its way
    QList<WebsiteSettings> m_websites;
    WidgetTextDefaults m_defaults;
    bool m_loaded = false;
};

} // namespace papo::desk
