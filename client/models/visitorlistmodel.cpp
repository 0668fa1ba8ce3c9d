#include "visitorlistmodel.h"

#include <QColor>
#include <QTextDocument>

#include <algorithm>

namespace papo::desk {

namespace {

// Translucent, so the rows read on light and dark bases alike.
const QColor ChattingBackground(0x2d, 0xa4, 0x4e, 0x38);      // green: chatting now
const QColor ChattedBeforeBackground(0x8c, 0x95, 0x9f, 0x30); // grey: chatted before
const QColor ChattedBeforeText(0x8c, 0x95, 0x9f);
const QColor ChattingDot(0x2d, 0xa4, 0x4e);
const QColor ChattedBeforeDot(0x8c, 0x95, 0x9f);

// The latest thing we know the visitor did, to pick whom to show first.
QDateTime lastActivity(const VisitorInfo &visitor)
{
    if (visitor.hasCurrentPage && visitor.currentSince.isValid())
        return visitor.currentSince;
    return visitor.visitStartedAt;
}

constexpr const char *ColumnKeys[]
    = {"name",    "status", "indicators", "location", "currentPage", "group",   "referrer",
       "browser", "device", "timeOnSite", "pages",    "visits",      "language"};
static_assert(std::size(ColumnKeys) == VisitorListModel::ColumnCount);

} // namespace

VisitorListModel::VisitorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int VisitorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant VisitorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitorInfo &visitor = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(visitor, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn) {
            // The row's first cell says the row: who, where, and what they are doing.
            QStringList parts;
            for (const int column : {int(NameColumn), int(StatusColumn), int(LocationColumn),
                                     int(CurrentPageColumn), int(TimeOnSiteColumn)}) {
                const QString text = displayData(visitor, column).toString();
                if (!text.isEmpty())
                    parts << text;
            }
            const QString marks = toolTip(visitor, IndicatorsColumn).toString();
            if (!marks.isEmpty())
                parts << marks.split(QLatin1Char('\n'));
            return parts.join(QStringLiteral(", "));
        }
        if (index.column() != IndicatorsColumn)
            return {};
        return toolTip(visitor, index.column())
            .toString()
            .replace(QLatin1Char('\n'), QLatin1String("; "));
    case Qt::ToolTipRole: {
        // Tooltips take rich text when it looks like markup: visitor text must not be read so.
        const QString tip = toolTip(visitor, index.column()).toString();
        return tip.isEmpty() ? QVariant()
                             : QVariant(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
    }
    case Qt::BackgroundRole:
        if (visitor.chatting)
            return ChattingBackground;
        if (visitor.chattedBefore)
            return ChattedBeforeBackground;
        return {};
    case Qt::ForegroundRole:
        if (!visitor.chatting && visitor.chattedBefore)
            return ChattedBeforeText;
        return {};
    case Qt::DecorationRole:
        // VIS-3: a dot for visitors who have conversations.
        if (index.column() != StatusColumn)
            return {};
        if (visitor.chatting)
            return ChattingDot;
        if (visitor.chattedBefore)
            return ChattedBeforeDot;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case TimeOnSiteColumn:
        case PagesViewedColumn:
        case VisitsColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case IdRole:
        return visitor.id;
    case SortRole:
        return sortData(visitor, index.column());
    case NameRole:
        return visitor.name;
    case EmailRole:
        return visitor.email;
    case CurrentUrlRole:
        return visitor.currentUrl;
    case ChattingRole:
        return visitor.chatting;
    case ChattedBeforeRole:
        return visitor.chattedBefore;
    case GroupRole:
        return visitor.group;
    case InvitedRole:
        return visitor.invited;
    case ChatWindowOpenedRole:
        return visitor.chatWindowOpened;
    default:
        return {};
    }
}

QVariant VisitorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == IndicatorsColumn) {
        VisitorInfo all;
        all.chattedBefore = all.invited = all.chatWindowOpened = true;
        return indicatorDescriptions(all).join(QLatin1Char('\n'));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name / email");
    case StatusColumn:
        return tr("Status");
    case IndicatorsColumn:
        return tr("Indicators");
    case LocationColumn:
        return tr("Location");
    case CurrentPageColumn:
        return tr("Current page");
    case GroupColumn:
        return tr("Group");
    case ReferrerColumn:
        return tr("Referrer");
    case BrowserColumn:
        return tr("OS / browser");
    case DeviceColumn:
        return tr("Device");
    case TimeOnSiteColumn:
        return tr("Time on site");
    case PagesViewedColumn:
        return tr("Pages viewed");
    case VisitsColumn:
        return tr("Visits");
    case LanguageColumn:
        return tr("Language");
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "visitorId"},
                  {SortRole, "sortValue"},
                  {NameRole, "name"},
                  {EmailRole, "email"},
                  {CurrentUrlRole, "currentUrl"},
                  {ChattingRole, "chatting"},
                  {ChattedBeforeRole, "chattedBefore"},
                  {GroupRole, "group"},
                  {InvitedRole, "invited"},
                  {ChatWindowOpenedRole, "chatWindowOpened"}});
    return names;
}

QString VisitorListModel::columnKey(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QLatin1String(ColumnKeys[column]);
}

int VisitorListModel::columnForKey(const QString &key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (key == QLatin1String(ColumnKeys[column]))
            return column;
    }
    return -1;
}

void VisitorListModel::setVisitors(QList<VisitorInfo> visitors, int total, int seats)
{
    const int totalBefore = this->total();
    const int shownBefore = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_hidden.clear();
    m_capacity = seats > 0 ? seats * VisitorsPerSeat : std::numeric_limits<int>::max();
    m_snapshotTime = {};
    m_rows.reserve(qMin(visitors.size(), qsizetype(m_capacity)));
    m_rowById.reserve(m_rows.capacity());
    // Moved, not copied: thousands of rows of a dozen strings each.
    for (VisitorInfo &visitor : visitors) {
        if (!visitor.isValid() || isKnown(visitor.id))
            continue;
        const QDateTime activity = lastActivity(visitor);
        if (activity.isValid() && (!m_snapshotTime.isValid() || activity > m_snapshotTime))
            m_snapshotTime = activity;
        if (m_rows.size() < m_capacity) {
            m_rowById.insert(visitor.id, int(m_rows.size()));
            m_rows.append(std::move(visitor));
        } else {
            const qint64 id = visitor.id;
            m_hidden.insert(id, std::move(visitor));
        }
    }
    m_unseen = qMax(0, total - int(m_rows.size() + m_hidden.size()));
    endResetModel();
    notifyCounts(totalBefore, shownBefore);
}

void VisitorListModel::setTotal(int total, int seats)
{
    const int totalBefore = this->total();
    const int shownBefore = int(m_rows.size());
    const int capacity = seats > 0 ? seats * VisitorsPerSeat : std::numeric_limits<int>::max();
    if (capacity < m_rows.size()) {
        // Fewer seats: the newest rows step aside.
        m_capacity = capacity;
        QList<int> extra;
        for (int row = capacity; row < m_rows.size(); ++row) {
            m_hidden.insert(m_rows.at(row).id, m_rows.at(row));
            extra.append(row);
        }
        removeRows(extra);
    }
    m_capacity = capacity;
    fillFromHidden();
    m_unseen = qMax(0, total - int(m_rows.size() + m_hidden.size()));
    notifyCounts(totalBefore, shownBefore);
}

void VisitorListModel::clear()
{
    const int totalBefore = total();
    const int shownBefore = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_hidden.clear();
    m_unseen = 0;
    m_snapshotTime = {};
    endResetModel();
    notifyCounts(totalBefore, shownBefore);
}

void VisitorListModel::applyChanges(const QList<VisitorInfo> &changed, const QList<qint64> &left)
{
    const int totalBefore = total();
    const int shownBefore = int(m_rows.size());

    // Departures first: a visitor who left and came back within one batch is upserted below.
    QList<int> leavingRows;
    for (qint64 visitorId : left) {
        if (m_hidden.remove(visitorId))
            continue;
        const auto found = m_rowById.constFind(visitorId);
        if (found != m_rowById.cend()) {
            if (!leavingRows.contains(*found))
                leavingRows.append(*found);
        } else if (m_unseen > 0) {
            --m_unseen; // one of those we were told about but never saw
        }
    }
    removeRows(leavingRows);

    QList<int> changedRows;
    QList<VisitorInfo> arrivals;
    QHash<qint64, int> arrivalIndex;
    for (const VisitorInfo &visitor : changed) {
        if (!visitor.isValid())
            continue;
        const auto found = m_rowById.constFind(visitor.id);
        if (found != m_rowById.cend()) {
            VisitorInfo &row = m_rows[*found];
            if (row == visitor)
                continue;
            row = visitor;
            changedRows.append(*found);
        } else if (auto hidden = m_hidden.find(visitor.id); hidden != m_hidden.end()) {
            *hidden = visitor;
        } else if (auto pending = arrivalIndex.constFind(visitor.id);
                   pending != arrivalIndex.cend()) {
            arrivals[*pending] = visitor;
        } else {
            if (m_unseen > 0 && !isArrival(visitor))
                --m_unseen; // online before the ack, described to us only now
            if (m_rows.size() + arrivals.size() < m_capacity) {
                arrivalIndex.insert(visitor.id, int(arrivals.size()));
                arrivals.append(visitor);
            } else {
                m_hidden.insert(visitor.id, visitor);
            }
        }
    }

    // Changed rows: one dataChanged per run of adjacent rows.
    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    for (qsizetype i = 0; i < changedRows.size();) {
        qsizetype j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1)
            ++j;
        emit dataChanged(index(changedRows.at(i), 0), index(changedRows.at(j), ColumnCount - 1));
        i = j + 1;
    }

    appendRows(arrivals);
    fillFromHidden();
    notifyCounts(totalBefore, shownBefore);
}

bool VisitorListModel::isArrival(const VisitorInfo &visitor) const
{
    // A visit that started after the newest activity of the last ack was not counted in its
    // total. Both times are the server's.
    return !m_snapshotTime.isValid()
           || (visitor.visitStartedAt.isValid() && visitor.visitStartedAt > m_snapshotTime);
}

void VisitorListModel::removeRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    // Bottom up, one removal per run of adjacent rows, so the row numbers below stay valid.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_rowById.remove(m_rows.at(row).id);
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        const int first = rows.at(j);
        const int last = rows.at(i);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
        i = j + 1;
    }
}

void VisitorListModel::appendRows(const QList<VisitorInfo> &visitors)
{
    if (visitors.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(visitors.size()) - 1);
    for (const VisitorInfo &visitor : visitors) {
        m_rowById.insert(visitor.id, int(m_rows.size()));
        m_rows.append(visitor);
    }
    endInsertRows();
}

void VisitorListModel::fillFromHidden()
{
    const qsizetype room = qMin<qsizetype>(m_capacity - m_rows.size(), m_hidden.size());
    if (room <= 0)
        return;
    // The most recently active of those kept aside come in first.
    QList<VisitorInfo> waiting = m_hidden.values();
    const auto moreRecent = [](const VisitorInfo &left, const VisitorInfo &right) {
        const QDateTime l = lastActivity(left);
        const QDateTime r = lastActivity(right);
        return l != r ? l > r : left.id > right.id;
    };
    if (room < waiting.size()) {
        std::partial_sort(waiting.begin(), waiting.begin() + room, waiting.end(), moreRecent);
        waiting.resize(room);
    } else {
        std::sort(waiting.begin(), waiting.end(), moreRecent);
    }
    for (const VisitorInfo &visitor : std::as_const(waiting))
        m_hidden.remove(visitor.id);
    appendRows(waiting);
}

void VisitorListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
}

void VisitorListModel::notifyCounts(int totalBefore, int shownBefore)
{
    if (totalBefore != total() || shownBefore != m_rows.size())
        emit countsChanged();
}

void VisitorListModel::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeOnSiteColumn),
                         index(int(m_rows.size()) - 1, TimeOnSiteColumn), {Qt::DisplayRole});
}

const VisitorInfo *VisitorListModel::find(qint64 visitorId) const
{
    const auto found = m_rowById.constFind(visitorId);
    if (found != m_rowById.cend())
        return &m_rows.at(*found);
    const auto hidden = m_hidden.constFind(visitorId);
    return hidden == m_hidden.cend() ? nullptr : &*hidden;
}

QModelIndex VisitorListModel::indexOf(qint64 visitorId, int column) const
{
    const auto found = m_rowById.constFind(visitorId);
    return found == m_rowById.cend() ? QModelIndex() : index(*found, column);
}

} // namespace papo::desk
