#include "actionmodel.h"

namespace papo::desk {

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &action = m_actions.at(index.row());
    const int fired = action.value(QLatin1String("firedThisWeek")).toInt();
    switch (role) {
    case Qt::DisplayRole:
        // Two lines, so a narrow list cuts neither the name nor the count.
        return action.value(QLatin1String("name")).toString() + QLatin1Char('\n')
               + tr("Fired %n time(s) this week", nullptr, fired);
    case Qt::ToolTipRole:
        return tr("Fired %n time(s) this week", nullptr, fired);
    case Qt::CheckStateRole:
        return action.value(QLatin1String("enabled")).toBool() ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return action.value(QLatin1String("id")).toInteger();
    case FiredThisWeekRole:
        return fired;
    case ActionRole:
        return action;
    default:
        return {};
    }
}

bool ActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    QJsonObject &action = m_actions[index.row()];
    action.insert(QLatin1String("enabled"), enabled);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit enabledToggled(action.value(QLatin1String("id")).toInteger(), enabled);
    return true;
}

Qt::ItemFlags ActionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

void ActionModel::setActions(const QJsonArray &actions)
{
    beginResetModel();
    m_actions.clear();
    for (const QJsonValue &action : actions)
        m_actions.append(action.toObject());
    endResetModel();
}

QJsonObject ActionModel::action(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_actions.at(row) : QJsonObject();
}

int ActionModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_actions.size(); ++row)
        if (m_actions.at(row).value(QLatin1String("id")).toInteger() == id)
            return row;
    return -1;
}

} // namespace papo::desk
