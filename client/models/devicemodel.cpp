#include "devicemodel.h"

#include <QFont>
#include <QJsonObject>
#include <QLocale>

namespace papo::desk {

DeviceModel::DeviceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &device = m_devices.at(index.row());
    switch (role) {
    case IdRole:
        return device.id;
    case CurrentRole:
        return device.current;
    case Qt::FontRole:
        if (device.current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn: {
        // A token from before devices had names: say so rather than show nothing.
        const QString name = device.name.isEmpty() ? tr("Unnamed device") : device.name;
        return device.current ? tr("%1 (this device)").arg(name) : name;
    }
    case LastUsedColumn:
        return device.current
                   ? tr("Now")
                   : QLocale().toString(device.lastUsedAt.toLocalTime(), QLocale::ShortFormat);
    case AddressColumn:
        return device.address;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Device");
    case LastUsedColumn:
        return tr("Last used");
    case AddressColumn:
        return tr("Address");
    case ColumnCount:
        break;
    }
    return {};
}

void DeviceModel::setDevices(const QJsonArray &devices)
{
    beginResetModel();
    m_devices.clear();
    for (const QJsonValue &value : devices) {
        const QJsonObject object = value.toObject();
        m_devices.append(
            {object.value(QLatin1String("id")).toInteger(),
             object.value(QLatin1String("name")).toString(),
             object.value(QLatin1String("address")).toString(),
             QDateTime::fromString(object.value(QLatin1String("lastUsedAt")).toString(),
                                   Qt::ISODateWithMs),
             object.value(QLatin1String("current")).toBool()});
    }
    endResetModel();
}

void DeviceModel::clear()
{
    beginResetModel();
    m_devices.clear();
    endResetModel();
}

int DeviceModel::rowOf(qint64 deviceId) const
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).id == deviceId)
            return row;
    }
    return -1;
}

} // namespace papo::desk
