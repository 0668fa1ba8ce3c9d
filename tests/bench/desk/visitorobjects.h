#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

namespace papo::bench {

// Visitor objects as papo-server sends them (docs/protocol.md, "Visitor object") for a busy
// shop: most anonymous, some named, spread over cities, devices and pages; the same visitor
// keeps their details when they move to another page.
class VisitorObjects final
{
public:
    explicit VisitorObjects(const QDateTime &now);

    // A visitor who just arrived (a new id).
    QJsonObject arrive();
    // The visitor `id` on their next page.
    QJsonObject move(qint64 id);
    void leave(qint64 id) { m_visitors.remove(id); }
    // Ids of everyone online, in arrival order.
    QList<qint64> online() const;
    // Someone online, picked at random.
    qint64 anyone();
    // The clock moves on by this many milliseconds (the page times follow it).
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QJsonObject pageAt(int page) const;

    QRandomGenerator m_random{17};
    QDateTime m_now;
    qint64 m_nextId = 1;
    QHash<qint64, QJsonObject> m_visitors;
    QList<qint64> m_order;
};

} // namespace papo::bench
