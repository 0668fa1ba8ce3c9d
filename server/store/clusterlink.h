#pragma once

#include "clusterfeed.h"
#include "nodevisitors.h"

#include <nextturn.h>

#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace papo::server {

// ClusterFeed's side on its thread: the connection that LISTENs, reads and publishes.
class ClusterLink final : public QObject
{
    Q_OBJECT

public:
    ClusterLink(const DatabaseUrl &url, qint64 messagesAfter, qint64 framesAfter);
    ~ClusterLink() override;

    void start();
    void publish(const QList<NodeFrame> &frames);
    // Presence: which operators have a client on this node, and a fresh read of the others'.
    void setConnectedHere(qint64 operatorId, bool connected);
    void readPresence();
    // VIS-1: a visitor connected to this node (nullopt: gone), written with the next tick.
    void setVisitorHere(qint64 visitorId, const std::optional<papo::server::NodeVisitor> &visitor);
    qint64 node() const { return m_node; }
    // A clean stop: this node's operators stop counting now, not at the heartbeat's timeout.
    void leave();

signals:
    // Every message up to position `upTo` has come.
    void messagesStored(const QList<papo::server::StreamedMessage> &messages, qint64 upTo);
    void framesArrived(const QList<papo::server::NodeFrame> &frames);
    void operatorsElsewhere(const QSet<qint64> &operatorIds);

private:
    // Opens the connection and LISTENs unless it is open; false while the database is away.
    bool connected();
    void disconnect();
    void wake();
    void catchUp();
    // Runs `steps` on the connection; when they fail, it is dropped and the next tick opens it
    // again and goes on from the same positions.
    void onConnection(const std::function<bool(QSqlDatabase &, QString *)> &steps);
    void readMessages(QSqlDatabase &db);
    bool readFrames(QSqlDatabase &db, QString *error);
    bool sendPending(QSqlDatabase &db, QString *error);
    bool insertPending(QSqlDatabase &db, QString *error);
    static void forgetOldFrames(QSqlDatabase &db);
    bool beat(QSqlDatabase &db, QString *error);
    bool writeConnectedHere(QSqlDatabase &db, qint64 operatorId, bool connected, QString *error);
    bool readPresence(QSqlDatabase &db, QString *error);
    bool writeVisitorChanges(QSqlDatabase &db);
    bool flushVisitorChanges(QSqlDatabase &db, QString *error);

    const DatabaseUrl m_url;
    const QString m_connectionName;
    // Frames of other nodes only: this node delivered its own when it sent them.
    const qint64 m_node;
    qint64 m_messagesAfter;
    qint64 m_framesAfter;
    QList<NodeFrame> m_pending; // published, not stored yet (the database is away)
    QTimer m_heal{this};        // moves to the feed's thread with it
    int m_failedSends = 0;
    common::NextTurn m_nextTurnCatchUp{this, [this] { catchUp(); }};
    int m_ticks = 0;
    QSet<qint64> m_connectedHere;
    bool m_listed = false; // m_connectedHere is in node_operators (false after a reconnect)
    std::optional<QSet<qint64>> m_elsewhere;
    QHash<qint64, NodeVisitor> m_visitorsHere;
    // Not written yet (nullopt: to remove); all of m_visitorsHere again when m_listed is false.
    QHash<qint64, std::optional<NodeVisitor>> m_visitorChanges;
};

} // namespace papo::server
