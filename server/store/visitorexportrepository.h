#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// What the visitors' export (EXP-1) can say of one visitor.
struct VisitorExportRow
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QDateTime firstVisit;
    QDateTime lastVisit;
    QString location;
    QString customFields; // the page's setVisitorData, as JSON text
    QDateTime consentAt;  // invalid: no consent to marketing email
};

// The visitors with an email address who visited in a period: the only SQL of the export.
class VisitorExportRepository final
{
public:
    static constexpr int PageSize = 1000;

    explicit VisitorExportRepository(QSqlDatabase db)
        : m_db(db)
    {}

    // Those seen in [from, to) (first visit before `to`, last visit from `from` on), `consented`
    // only those who agreed to marketing email; by id, at most PageSize after `afterId`, so an
    // export of any size reads one page at a time. nullopt when the database could not be read.
    std::optional<QList<VisitorExportRow>> page(const QDateTime &from, const QDateTime &to,
                                                bool consented, qint64 afterId);
    std::optional<qint64> count(const QDateTime &from, const QDateTime &to, bool consented);

private:
    QString where(bool consented) const;

    QSqlDatabase m_db;
};

} // namespace papo::server
