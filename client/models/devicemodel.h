#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace papo::desk {

// "My devices": the papo-desks signed in to this account, as the `devices` request lists
// them — the one used last first, this one marked.
class DeviceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LastUsedColumn, AddressColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        CurrentRole, // this papo-desk
    };
    Q_ENUM(Role)

    struct Device
    {
        qint64 id = 0;
        QString name;
        QString address;
        QDateTime lastUsedAt;
        bool current = false;
    };

    explicit DeviceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The `devices` array of the answer: the whole list.
    void setDevices(const QJsonArray &devices);
    void clear();
    int rowOf(qint64 deviceId) const;

private:
    QList<Device> m_devices;
};

} // namespace papo::desk
