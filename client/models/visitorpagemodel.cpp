#include "visitorpagemodel.h"

#include "durationtext.h"

#include <QLocale>
#include <QTextDocument>

namespace papo::desk {

namespace {

bool samePageView(const VisitorPageView &left, const VisitorPageView &right)
{
    return left.url == right.url && left.at == right.at && left.visit == right.visit;
}

} // namespace

VisitorPageModel::VisitorPageModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int VisitorPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant VisitorPageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitorPageView &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = page.title.trimmed().isEmpty() ? page.url : page.title;
        const QString time = page.seconds >= 0        ? DurationText::format(page.seconds)
                             : isCurrent(index.row()) ? tr("now")
                                                      : QString();
        return (time.isEmpty() ? title : tr("%1 · %2").arg(title, time)) + QLatin1Char('\n')
               + page.url;
    }
    case Qt::ToolTipRole: {
        const QString when = QLocale().toString(page.at.toLocalTime(), QLocale::ShortFormat);
        QString tip = tr("Visit %1, %2").arg(page.visit).arg(when) + QLatin1Char('\n') + page.url;
        if (!page.referrer.isEmpty())
            tip += QLatin1Char('\n') + tr("From %1").arg(page.referrer);
        return Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal); // never read as markup
    }
    case UrlRole:
        return page.url;
    case TitleRole:
        return page.title;
    case ReferrerRole:
        return page.referrer;
    case AtRole:
        return page.at;
    case VisitRole:
        return page.visit;
    case SecondsRole:
        return page.seconds;
    case IsCurrentRole:
        return isCurrent(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitorPageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{UrlRole, "url"},
                  {TitleRole, "title"},
                  {ReferrerRole, "referrer"},
                  {AtRole, "at"},
                  {VisitRole, "visit"},
                  {SecondsRole, "seconds"},
                  {IsCurrentRole, "isCurrent"}});
    return names;
}

void VisitorPageModel::updateCurrentRow()
{
    const int last = int(m_pages.size()) - 1;
    const int current = m_visitorOnline && last >= 0 && m_pages.at(last).seconds < 0 ? last : -1;
    if (current == m_currentRow)
        return;
    const int previous = std::exchange(m_currentRow, current);
    emitRowChanged(previous);
    emitRowChanged(current);
}

void VisitorPageModel::emitRowChanged(int row)
{
    if (row >= 0 && row < m_pages.size())
        emit dataChanged(index(row), index(row));
}

void VisitorPageModel::setVisitorOnline(bool online)
{
    if (m_visitorOnline == online)
        return;
    m_visitorOnline = online;
    updateCurrentRow();
}

void VisitorPageModel::setPages(const QList<VisitorPageView> &pages)
{
    // The rows both lists start with stay (updated in place); the rest is replaced.
    qsizetype common = 0;
    while (common < m_pages.size() && common < pages.size()
           && samePageView(m_pages.at(common), pages.at(common)))
        ++common;
    for (qsizetype row = 0; row < common; ++row) {
        if (m_pages.at(row) != pages.at(row)) {
            m_pages[row] = pages.at(row);
            emitRowChanged(int(row));
        }
    }
    if (common < m_pages.size()) {
        beginRemoveRows({}, int(common), int(m_pages.size()) - 1);
        m_pages.resize(common);
        endRemoveRows();
    }
    if (common < pages.size()) {
        beginInsertRows({}, int(common), int(pages.size()) - 1);
        m_pages.append(pages.mid(common));
        endInsertRows();
    }
    updateCurrentRow();
}

} // namespace papo::desk
