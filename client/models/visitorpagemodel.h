#pragma once

#include "net/visitordetails.h"

#include <QAbstractListModel>
#include <QList>

namespace papo::desk {

// The path of pages the shown visitor took (PAN-1), oldest first, with the time spent on
// each. setPages() keeps the rows that did not change, so a refresh after every page view
// appends instead of resetting.
class VisitorPageModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UrlRole = Qt::UserRole + 1,
        TitleRole,
        ReferrerRole,
        AtRole,
        VisitRole,
        SecondsRole,   // -1 when unknown: the last page of a visit
        IsCurrentRole, // the page the visitor is on now
    };
    Q_ENUM(Role)

    explicit VisitorPageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPages(const QList<VisitorPageView> &pages);
    void clear() { setPages({}); }
    // Whether the visitor is on the site: their last page is then the current one.
    void setVisitorOnline(bool online);
    const QList<VisitorPageView> &pages() const { return m_pages; }

private:
    bool isCurrent(int row) const { return row >= 0 && row == m_currentRow; }
    void updateCurrentRow();
    void emitRowChanged(int row);

    QList<VisitorPageView> m_pages;
    bool m_visitorOnline = false;
    // The page the visitor is on: their last one, while online. Moved only after rows were
    // inserted or removed, so those changes never alter the rows around them.
    int m_currentRow = -1;
};

} // namespace papo::desk
