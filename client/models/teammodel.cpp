#include "teammodel.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace papo::desk {

using papo::common::OperatorStatus;

namespace {

QString initialsOf(const QString &name)
{
    static const QRegularExpression letter(QStringLiteral("[\\p{L}\\p{N}]"));
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString initials;
    for (const QString &word : {words.value(0), words.size() > 1 ? words.last() : QString()}) {
        const auto match = letter.match(word);
        if (match.hasMatch())
            initials += match.captured().toUpper();
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

} // namespace

TeamMember TeamMember::fromJson(const QJsonObject &object)
{
    TeamMember member;
    member.id = object.value(QLatin1String("id")).toInteger();
    member.name = object.value(QLatin1String("name")).toString();
    member.title = object.value(QLatin1String("title")).toString();
    member.email = object.value(QLatin1String("email")).toString();
    member.role = object.value(QLatin1String("role")).toString();
    if (!papo::common::parseOperatorStatus(object.value(QLatin1String("status")).toString(),
                                           &member.status))
        member.status = OperatorStatus::Offline;
    member.active = object.value(QLatin1String("active")).toBool(true);
    member.avatarUrl = object.value(QLatin1String("avatarUrl")).toString();
    return member;
}

TeamModel::TeamModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamModel::roleText(const QString &role)
{
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    return tr("Operator");
}

QString TeamModel::statusText(OperatorStatus status)
{
    switch (status) {
    case OperatorStatus::Online:
        return tr("Online");
    case OperatorStatus::Invisible:
        return tr("Invisible");
    case OperatorStatus::Offline:
        break;
    }
    return tr("Offline");
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &member = m_members.at(index.row());
    switch (role) {
    case IdRole:
        return member.id;
    case RoleRole:
        return member.role;
    case ActiveRole:
        return member.active;
    case AvatarUrlRole:
        return member.avatarUrl;
    case EmailRole:
        return member.email;
    case Qt::ForegroundRole:
        return member.active ? QVariant() : QVariant(QColor(0x8c, 0x95, 0x9f));
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(avatar(member, AvatarSize)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(member.email) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return member.name;
    case TitleColumn:
        return member.title;
    case RoleColumn:
        return roleText(member.role);
    case StatusColumn:
        return member.active ? statusText(member.status) : QString();
    case AccountColumn:
        return member.active ? tr("Active") : tr("Deactivated");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case AccountColumn:
        return tr("Account");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "operatorId");
    names.insert(RoleRole, "role");
    names.insert(ActiveRole, "active");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(EmailRole, "email");
    return names;
}

void TeamModel::setMembers(const QList<TeamMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void TeamModel::setStatus(qint64 operatorId, OperatorStatus status)
{
    const int row = rowOf(operatorId);
    if (row < 0)
        return;
    m_members[row].status = status;
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void TeamModel::setPhoto(const QString &avatarUrl, const QImage &photo)
{
    m_photos.insert(avatarUrl, photo);
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).avatarUrl == avatarUrl)
            emit dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::DecorationRole});
    }
}

void TeamModel::clear()
{
    beginResetModel();
    m_members.clear();
    endResetModel();
}

const TeamMember *TeamModel::find(qint64 operatorId) const
{
    const int row = rowOf(operatorId);
    return row < 0 ? nullptr : &m_members.at(row);
}

int TeamModel::rowOf(qint64 operatorId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == operatorId)
            return row;
    }
    return -1;
}

QImage TeamModel::avatar(const TeamMember &member, int size) const
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    const QImage photo = m_photos.value(member.avatarUrl);
    if (!member.avatarUrl.isEmpty() && !photo.isNull()) {
        painter.setClipPath(circle);
        painter.drawImage(QRect(0, 0, size, size), photo);
        return image;
    }
    // The same colour for the same person every time.
    painter.fillPath(circle, QColor::fromHsv(int(qHash(member.name, 0) % 360), 120, 170));
    QFont font = painter.font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initialsOf(member.name));
    return image;
}

} // namespace papo::desk
