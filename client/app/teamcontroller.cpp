#include "teamcontroller.h"

#include "net/pictureupload.h"
#include "net/serverurl.h"

#include <protocol/messagetypes.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace papo::desk {

namespace {

namespace MessageType = papo::common::MessageType;

constexpr int TransferTimeoutMs = 30000;

} // namespace

TeamController::TeamController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_members(new TeamModel(this))
    , m_network(new QNetworkAccessManager(this))
    , m_pictureUpload(new PictureUpload(connection, this))
{
    connect(m_pictureUpload, &PictureUpload::uploaded, this, &TeamController::photoUploaded);
    connect(m_pictureUpload, &PictureUpload::failed, this, &TeamController::photoFailed);
    connect(m_connection, &ServerConnection::helloAcknowledged, this, &TeamController::refresh);
    connect(m_connection, &ServerConnection::eventReceived, this, &TeamController::handleEvent);
}

bool TeamController::isAdmin() const
{
    const TeamMember *self = me();
    return self ? self->isAdmin()
                : m_connection->profile().role == QLatin1String("owner")
                      || m_connection->profile().role == QLatin1String("admin");
}

QImage TeamController::photoOf(qint64 operatorId, int size) const
{
    const TeamMember *member = m_members->find(operatorId);
    return member ? m_members->avatar(*member, size) : QImage();
}

void TeamController::refresh()
{
    m_connection->request(MessageType::Team, {}, this, [this](const RequestReply &reply) {
        if (reply.ok)
            applyTeam(reply.data);
    });
}

void TeamController::handleEvent(const papo::common::Envelope &event)
{
    if (event.type == MessageType::Team) {
        applyTeam(event.data);
    } else if (event.type == MessageType::Presence) {
        papo::common::OperatorStatus status;
        if (papo::common::parseOperatorStatus(event.data.value(QLatin1String("status")).toString(),
                                              &status))
            m_members->setStatus(event.data.value(QLatin1String("operatorId")).toInteger(), status);
    }
}

void TeamController::applyTeam(const QJsonObject &data)
{
    m_teamData = data;
    showTeam(data);
    fetchPhotos();
    emit teamChanged();
}

void TeamController::restore(const QJsonObject &data)
{
    if (m_members->rowCount() > 0)
        return; // the server's list came first
    QJsonArray operators;
    const QJsonArray cached = data.value(QLatin1String("operators")).toArray();
    for (const QJsonValue &value : cached) {
        QJsonObject member = value.toObject();
        member.insert(QLatin1String("status"),
                      papo::common::operatorStatusName(papo::common::OperatorStatus::Offline));
        operators.append(member);
    }
    QJsonObject shown = data;
    shown.insert(QLatin1String("operators"), operators);
    // The photos come with the server's list.
    showTeam(shown);
    emit teamChanged();
}

void TeamController::showTeam(const QJsonObject &data)
{
    m_teamName = data.value(QLatin1String("teamName")).toString();
    QList<TeamMember> members;
    const QJsonArray operators = data.value(QLatin1String("operators")).toArray();
    for (const QJsonValue &value : operators)
        members.append(TeamMember::fromJson(value.toObject()));
    m_members->setMembers(members);
}

void TeamController::fetchPhotos()
{
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString url = m_members->index(row, 0).data(TeamModel::AvatarUrlRole).toString();
        // A photo's URL never changes content: one download each.
        if (url.isEmpty() || m_requestedPhotos.contains(url))
            continue;
        m_requestedPhotos.insert(url);
        QNetworkRequest request(
            serverResourceUrl(m_connection->serverUrl(), QLatin1Char('/') + url));
        request.setTransferTimeout(TransferTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
            reply->deleteLater();
            const QImage photo = QImage::fromData(reply->readAll());
            if (reply->error() != QNetworkReply::NoError || photo.isNull()) {
                m_requestedPhotos.remove(url); // tried again with the next list
                return;
            }
            m_members->setPhoto(url, photo);
            emit teamChanged();
        });
    }
}

QString TeamController::errorText(const RequestReply &reply) const
{
    if (reply.errorCode == RequestReply::Disconnected)
        return tr("Not connected to the server. Try again in a moment.");
    if (reply.errorCode == QLatin1String("forbidden"))
        return tr("Only owners and admins can do this.");
    return reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
}

void TeamController::updateProfile(const QString &name, const QString &title)
{
    const QString trimmedName = name.simplified();
    if (trimmedName.isEmpty()) {
        emit profileFailed(tr("Your name may not be empty."));
        return;
    }
    m_connection->request(
        MessageType::UpdateProfile,
        {{QLatin1String("name"), trimmedName}, {QLatin1String("title"), title.simplified()}}, this,
        [this](const RequestReply &reply) {
            if (reply.ok)
                emit profileSaved();
            else
                emit profileFailed(errorText(reply));
        });
}

void TeamController::uploadPhoto(const QString &filePath)
{
    m_pictureUpload->upload(filePath); // the `team` event brings the new photo
}

void TeamController::invite(const QString &email, const QString &role)
{
    m_connection->request(
        MessageType::Invite,
        {{QLatin1String("email"), email.trimmed()}, {QLatin1String("role"), role}}, this,
        [this](const RequestReply &reply) {
            if (!reply.ok) {
                emit inviteFailed(errorText(reply));
                return;
            }
            emit inviteCreated(
                reply.data.value(QLatin1String("link")).toString(),
                QDateTime::fromString(reply.data.value(QLatin1String("expiresAt")).toString(),
                                      Qt::ISODateWithMs));
        });
}

void TeamController::setRole(qint64 operatorId, const QString &role)
{
    m_connection->request(
        MessageType::SetRole,
        {{QLatin1String("operatorId"), operatorId}, {QLatin1String("role"), role}}, this,
        [this](const RequestReply &reply) {
            if (!reply.ok)
                emit changeFailed(errorText(reply));
        });
}

void TeamController::setActive(qint64 operatorId, bool active)
{
    m_connection->request(
        MessageType::SetActive,
        {{QLatin1String("operatorId"), operatorId}, {QLatin1String("active"), active}}, this,
        [this](const RequestReply &reply) {
            if (!reply.ok)
                emit changeFailed(errorText(reply));
        });
}

void TeamController::setTeamName(const QString &name)
{
    m_connection->request(MessageType::UpdateTeam, {{QLatin1String("name"), name.simplified()}},
                          this, [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  emit changeFailed(errorText(reply));
                          });
}

void TeamController::resetPassword(qint64 operatorId)
{
    m_connection->request(
        MessageType::ResetPassword, {{QLatin1String("operatorId"), operatorId}}, this,
        [this, operatorId](const RequestReply &reply) {
            if (!reply.ok) {
                emit changeFailed(errorText(reply));
                return;
            }
            emit passwordResetCreated(
                operatorId, reply.data.value(QLatin1String("link")).toString(),
                QDateTime::fromString(reply.data.value(QLatin1String("expiresAt")).toString(),
                                      Qt::ISODateWithMs));
        });
}

void TeamController::reset()
{
    m_teamName.clear();
    m_teamData = {};
    m_members->clear();
    emit teamChanged();
}

} // namespace papo::desk
