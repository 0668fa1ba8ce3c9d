#include "widgettextsmodel.h"

#include "widgettextlabels.h"

#include <QBrush>
#include <QFont>

namespace papo::desk {

namespace {
// The server's limit for one text (docs/protocol.md, widget settings).
constexpr int MaxTextChars = 500;
} // namespace

WidgetTextsModel::WidgetTextsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WidgetTextsModel::setDefaults(const WidgetTextDefaults &defaults)
{
    beginResetModel();
    m_defaults = defaults;
    if (!m_defaults.languages.contains(m_language))
        m_language = m_defaults.languages.value(0);
    endResetModel();
}

void WidgetTextsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    beginResetModel();
    m_language = language;
    endResetModel();
}

void WidgetTextsModel::setCustomTexts(const QHash<QString, WebsiteSettings::Texts> &texts)
{
    beginResetModel();
    m_custom = texts;
    endResetModel();
}

void WidgetTextsModel::restoreDefault(int row)
{
    setData(index(row, CustomColumn), QString());
}

int WidgetTextsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_defaults.keys.size());
}

int WidgetTextsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WidgetTextsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString key = m_defaults.keys.at(index.row());
    const QString custom = m_custom.value(m_language).value(key);
    switch (role) {
    case KeyRole:
        return key;
    case IsCustomRole:
        return !custom.isEmpty();
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return toolTip(key);
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped(); // may be read as rich text
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return WidgetTextLabels::label(key);
        case DefaultColumn:
            return m_defaults.defaultText(m_language, key);
        case CustomColumn:
            return custom;
        }
        break;
    case Qt::FontRole:
        if (index.column() == CustomColumn || index.column() == KeyColumn) {
            QFont font;
            font.setBold(index.column() == KeyColumn && !custom.isEmpty());
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == DefaultColumn && !custom.isEmpty())
            return QBrush(Qt::gray); // overridden
        break;
    default:
        break;
    }
    return {};
}

QString WidgetTextsModel::toolTip(const QString &key)
{
    const QString where = WidgetTextLabels::where(key);
    if (where.isEmpty()) // a key this desk does not know yet: its label is the key
        return key;
    // The key too: the name the widget's developers and the server's errors use.
    return QStringList{WidgetTextLabels::label(key), where, tr("Key: %1").arg(key)}.join(
        QLatin1Char('\n'));
}

QVariant WidgetTextsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Text");
    case DefaultColumn:
        return tr("Default");
    case CustomColumn:
        return tr("Your text");
    }
    return {};
}

Qt::ItemFlags WidgetTextsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CustomColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool WidgetTextsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != CustomColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = m_defaults.keys.at(index.row());
    const QString text = value.toString().trimmed().left(MaxTextChars);
    WebsiteSettings::Texts &texts = m_custom[m_language];
    if (texts.value(key) == text)
        return false;
    if (text.isEmpty())
        texts.remove(key); // the default again
    else
        texts.insert(key, text);
    if (texts.isEmpty())
        m_custom.remove(m_language);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit customTextsEdited();
    return true;
}

} // namespace papo::desk
