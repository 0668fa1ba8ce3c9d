#pragma once

#include <protocol/chatmessage.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>

namespace papo::desk {

// One operator of the team, as the `team` request and events describe them (TEAM-1..3).
struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString title;
    QString email;
    QString role; // owner | admin | operator
    papo::common::OperatorStatus status = papo::common::OperatorStatus::Offline;
    bool active = true;
    QString avatarUrl; // relative to the server's URL; empty: no photo

    bool isAdmin() const
    {
        return role == QLatin1String("owner") || role == QLatin1String("admin");
    }
    static TeamMember fromJson(const QJsonObject &object);
};

// The team pane's table: photo and name, title, role, status, account (active or not).
// Photos arrive later than the list (each URL is fetched once); until then, and for those
// without one, the initials stand in.
class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, RoleColumn, StatusColumn, AccountColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        RoleRole, // owner | admin | operator
        ActiveRole,
        AvatarUrlRole,
        EmailRole,
    };
    Q_ENUM(Role)

    static constexpr int AvatarSize = 32;

    explicit TeamModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMembers(const QList<TeamMember> &members);
    void setStatus(qint64 operatorId, papo::common::OperatorStatus status);
    // A fetched photo for every member with this URL.
    void setPhoto(const QString &avatarUrl, const QImage &photo);
    void clear();

    const TeamMember *find(qint64 operatorId) const;
    int rowOf(qint64 operatorId) const;
    // The member's photo, round, or their initials on a coloured disc.
    QImage avatar(const TeamMember &member, int size) const;

    static QString roleText(const QString &role);
    static QString statusText(papo::common::OperatorStatus status);

private:
    QList<TeamMember> m_members;
    QHash<QString, QImage> m_photos; // by avatar URL
};

} // namespace papo::desk
