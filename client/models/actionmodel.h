#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

namespace papo::desk {

// The automatic actions (ACT), one row each: the name with how often it fired this week, and
// a check box that switches it on or off (the change goes to the server through the
// controller, and the list follows what the server kept).
class ActionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FiredThisWeekRole,
        ActionRole, // the whole QJsonObject
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setActions(const QJsonArray &actions);
    QJsonObject action(qint64 id) const;
    int rowOf(qint64 id) const;

signals:
    void enabledToggled(qint64 id, bool enabled);

private:
    QList<QJsonObject> m_actions;
};

} // namespace papo::desk
