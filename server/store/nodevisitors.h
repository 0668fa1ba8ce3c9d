#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// A visitor connected to a node: what the visitors-online list (VIS-1) shows of them.
struct NodeVisitor
{
    qint64 visitorId = 0;
    qint64 groupId = 0; // 0: no group
    QString url;
    QString title;
    QDateTime since; // on this page
    QDateTime lastActivity;

    bool operator==(const NodeVisitor &) const = default;
};

// Several nodes on one PostgreSQL (docs/scaling.md): each node lists the visitors connected to
// it, so an operator on any node sees every online visitor. A node's rows stop counting with
// its heartbeat (ClusterLink), like its operators. SQLite has one node: unused there.
class NodeVisitorRepository final
{
public:
    explicit NodeVisitorRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool put(qint64 node, const NodeVisitor &visitor);
    bool remove(qint64 node, qint64 visitorId);
    bool clear(qint64 node);
    // The visitors listed by the live nodes other than `node`: all, or the one asked for.
    QList<NodeVisitor> elsewhere(qint64 node, std::optional<qint64> visitorId = std::nullopt);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
