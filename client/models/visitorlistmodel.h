#pragma once

#include "net/visitorinfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <limits>

namespace papo::desk {

// The visitors on the site now (VIS-1), one row each, fed by the `visitors` ack and the
// `visitor` / `visitor_left` events. Built for thousands of visitors changing every second:
// a row is found by id in O(1), a change repaints that row only (dataChanged), and only
// setVisitors() resets. At most capacity() rows are shown (VIS-4: 10 per operator seat);
// the visitors beyond it are kept aside and take the place of those who leave.
// Rows stay in arrival order; views sort through a proxy on SortRole.
class VisitorListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, // name / email
        StatusColumn,
        IndicatorsColumn, // VIS-3: chatted before, invited, opened the chat window
        LocationColumn,
        CurrentPageColumn,
        GroupColumn, // the page's PapoGroupID
        ReferrerColumn,
        BrowserColumn, // OS / browser
        DeviceColumn,
        TimeOnSiteColumn,
        PagesViewedColumn,
        VisitsColumn,
        LanguageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts naturally (numbers for counts and times)
        NameRole,
        EmailRole,
        CurrentUrlRole,
        ChattingRole,
        ChattedBeforeRole,
        GroupRole,
        InvitedRole,
        ChatWindowOpenedRole,
    };
    Q_ENUM(Role)

    static constexpr int VisitorsPerSeat = 10;

    explicit VisitorListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The `visitors` ack: the list (most recently active first), how many are online in
    // all, and the operator seats (capacity: 10 per seat; 0 seats: no limit).
    void setVisitors(QList<VisitorInfo> visitors, int total, int seats);
    // A batch of `visitor` (changed or arrived) and `visitor_left` events, applied in one go.
    void applyChanges(const QList<VisitorInfo> &changed, const QList<qint64> &left);
    void upsert(const VisitorInfo &visitor) { applyChanges({visitor}, {}); }
    void remove(qint64 visitorId) { applyChanges({}, {visitorId}); }
    // A later `visitors` ack: corrects the count of online visitors this model has not seen.
    void setTotal(int total, int seats);
    void clear();

    // "Now" for the time-on-site column; an invalid time means the system clock.
    void setReferenceTime(const QDateTime &now);

    int capacity() const { return m_capacity; }
    // Everyone online: the rows, the visitors kept aside and those not seen yet.
    int total() const { return int(m_rows.size() + m_hidden.size()) + m_unseen; }
    // "+N more" (VIS-4).
    int moreCount() const { return total() - int(m_rows.size()); }

    const VisitorInfo *find(qint64 visitorId) const;
    QModelIndex indexOf(qint64 visitorId, int column = NameColumn) const;
    bool isKnown(qint64 visitorId) const
    {
        return m_rowById.contains(visitorId) || m_hidden.contains(visitorId);
    }

    // The visitor's name, else their email, else "Visitor <id>".
    static QString displayName(const VisitorInfo &visitor);
    // The location, or a translated "Unknown".
    static QString locationText(const VisitorInfo &visitor);
    static QString deviceTypeName(VisitorInfo::DeviceType type);
    // VIS-3: a short symbol for each of chattedBefore, invited and chatWindowOpened that
    // applies, and the translated descriptions of those that apply.
    static QString indicatorSymbols(const VisitorInfo &visitor);
    static QStringList indicatorDescriptions(const VisitorInfo &visitor);
    // Stable names of the columns, for settings.
    static QString columnKey(int column);
    static int columnForKey(const QString &key);

signals:
    // total() or moreCount() changed.
    void countsChanged();

private:
    QVariant displayData(const VisitorInfo &visitor, int column) const;
    QVariant sortData(const VisitorInfo &visitor, int column) const;
    QVariant toolTip(const VisitorInfo &visitor, int column) const;
    void removeRows(QList<int> rows);
    void appendRows(const QList<VisitorInfo> &visitors);
    void fillFromHidden();
    void reindexFrom(int row);
    void notifyCounts(int totalBefore, int shownBefore);
    bool isArrival(const VisitorInfo &visitor) const;

    QList<VisitorInfo> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, VisitorInfo> m_hidden; // online, known, beyond the capacity
    int m_unseen = 0; // online according to the last ack, but never described to us
    int m_capacity = std::numeric_limits<int>::max();
    QDateTime m_snapshotTime; // the server's clock at the last ack, as far as we can tell
    QDateTime m_now;
};

} // namespace papo::desk
