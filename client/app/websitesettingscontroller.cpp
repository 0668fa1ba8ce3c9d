#include "websitesettingscontroller.h"

#include <protocol/errorcode.h>
#include <protocol/messagetypes.h>

#include "net/pictureupload.h"
#include "net/serverurl.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace papo::desk {

namespace MessageType = papo::common::MessageType;
using papo::common::ErrorCode;
using papo::common::errorCodeName;

WebsiteSettingsController::WebsiteSettingsController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pictureUpload(new PictureUpload(connection, this))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_pictureUpload, &PictureUpload::uploaded, this, [this](const QJsonObject &answer) {
        const QString avatarUrl = answer.value(QLatin1String("avatarUrl")).toString();
        for (WebsiteSettings &website : m_websites) {
            if (website.id == m_pictureWebsiteId)
                website.botAvatarUrl = avatarUrl;
        }
        emit botPictureSaved(m_pictureWebsiteId, avatarUrl);
    });
    connect(m_pictureUpload, &PictureUpload::failed, this, &WebsiteSettingsController::saveFailed);
}

QString WebsiteSettingsController::installSnippet(const WebsiteSettings &website) const
{
    return website.installSnippet(m_connection->publicUrl());
}

void WebsiteSettingsController::refresh()
{
    m_connection->request(MessageType::Websites, {}, this, [this](const RequestReply &reply) {
        if (!reply.ok) {
            emit loadFailed(errorText(reply));
            return;
        }
        m_websites.clear();
        const QJsonArray list = reply.data.value(QLatin1String("websites")).toArray();
        for (const QJsonValue &website : list)
            m_websites << WebsiteSettings::fromJson(website.toObject());
        m_defaults = WidgetTextDefaults::fromJson(
            reply.data.value(QLatin1String("widgetTexts")).toObject());
        m_loaded = true;
        emit websitesLoaded();
    });
}

void WebsiteSettingsController::save(const WebsiteSettings &website)
{
    send(website.toUpdateJson(m_defaults.languages));
}

void WebsiteSettingsController::saveGroupQuestion(qint64 websiteId, bool ask, bool notSure)
{
    send({{QLatin1String("websiteId"), websiteId},
          {QLatin1String("askGroup"), ask},
          {QLatin1String("groupNotSure"), notSure}});
}

void WebsiteSettingsController::saveContactForm(qint64 websiteId,
                                                const common::ContactFormSettings &form,
                                                const QHash<QString, WebsiteSettings::Texts> &texts)
{
    send({{QLatin1String("websiteId"), websiteId},
          {QLatin1String("contactForm"), form.toJson()},
          {QLatin1String("texts"), WebsiteSettings::textsJson(texts, m_defaults.languages)}});
}

void WebsiteSettingsController::uploadBotPicture(qint64 websiteId, const QString &filePath)
{
    m_pictureWebsiteId = websiteId;
    m_pictureUpload->upload(filePath, websiteId);
}

void WebsiteSettingsController::fetchBotPicture(const QString &avatarUrl)
{
    if (avatarUrl.isEmpty())
        return;
    if (m_botPictures.contains(avatarUrl)) {
        emit botPictureLoaded(avatarUrl, m_botPictures.value(avatarUrl));
        return;
    }
    QNetworkReply *reply = m_network->get(QNetworkRequest(
        serverResourceUrl(m_connection->serverUrl(), QLatin1Char('/') + avatarUrl)));
    connect(reply, &QNetworkReply::finished, this, [this, reply, avatarUrl] {
        reply->deleteLater();
        const QImage picture = QImage::fromData(reply->readAll());
        if (reply->error() != QNetworkReply::NoError || picture.isNull())
            return; // asked again when the website is shown again
        m_botPictures.insert(avatarUrl, picture);
        emit botPictureLoaded(avatarUrl, picture);
    });
}

void WebsiteSettingsController::send(const QJsonObject &update)
{
    m_connection->request(
        MessageType::UpdateWebsite, update, this, [this](const RequestReply &reply) {
            if (!reply.ok) {
                emit saveFailed(errorText(reply));
                return;
            }
            const WebsiteSettings stored
                = WebsiteSettings::fromJson(reply.data.value(QLatin1String("website")).toObject());
            for (WebsiteSettings &known : m_websites) {
                if (known.id == stored.id)
                    known = stored;
            }
            emit saved(stored);
        });
}

QString WebsiteSettingsController::errorText(const RequestReply &reply) const
{
    if (reply.errorCode == RequestReply::Disconnected)
        return tr("Not connected to the server; try again in a moment.");
    if (reply.errorCode == errorCodeName(ErrorCode::Forbidden))
        return tr("Only owners and admins may change settings.");
    if (reply.errorCode == errorCodeName(ErrorCode::NotFound))
        return tr("The server does not know this website.");
    if (reply.errorCode == errorCodeName(ErrorCode::InvalidField))
        return tr("The server refused a value: %1").arg(reply.errorMessage);
    return reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
}

} // namespace papo::desk
