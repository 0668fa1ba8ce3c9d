#pragma once

#include "databaseurl.h"
#include "nodevisitors.h"
#include "visibilityscope.h"

#include <chatmessage.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QThread>

namespace papo::server {

class ClusterLink;

// A frame one node sent to its own sockets, for the sockets of the others: whom it is for
// (SessionHub's target, opaque here) and the frame.
struct NodeFrame
{
    QByteArray target;
    QByteArray frame;
    // The stream position of the newest message the sending node had posted: the frame
    // follows it (a `conversation` after its `message`), on every node.
    qint64 afterMessage = 0;
};

// A stored message and who may see it.
struct StreamedMessage
{
    common::ChatMessage message;
    ChatAudience audience;
};

// Several nodes on one PostgreSQL (docs/scaling.md, "Several nodes"): every stored message, in
// position order whichever node wrote it, and the other nodes' live frames come to this node.
// A thread of its own LISTENs for the wake-up the database sends with each commit that stores
// messages or frames, and reads what is newer than the last position it has seen; a wake-up
// lost with a dropped connection is healed by the same read within a second. The frames this
// node publishes go out in one transaction per turn of the event loop.
class ClusterFeed final : public QObject
{
    Q_OBJECT

public:
    // Starts at the newest positions `db` has: what commits later is delivered.
    ClusterFeed(const DatabaseUrl &url, QSqlDatabase db, QObject *parent = nullptr);
    ~ClusterFeed() override;

    void publish(const NodeFrame &frame);
    // Presence across nodes: whether an operator has a client on this node (written for the
    // others), and a fresh read of who has one elsewhere (after another node said it changed).
    void setConnectedHere(qint64 operatorId, bool connected);
    void readPresence();
    // VIS-1: a visitor connected to this node, or gone from it (nullopt), for the others' lists.
    void setVisitorHere(qint64 visitorId, const std::optional<NodeVisitor> &visitor);
    // This node in the cluster's tables (node_visitors, node_operators).
    qint64 node() const;
    // The messages' position it started from: those up to it are not streamed.
    qint64 startPosition() const { return m_startPosition; }

signals:
    // Every message up to position `upTo` has come.
    void messagesStored(const QList<papo::server::StreamedMessage> &messages, qint64 upTo);
    void framesArrived(const QList<papo::server::NodeFrame> &frames);
    // The operators with a client on another live node; on every change of that list.
    void operatorsElsewhere(const QSet<qint64> &operatorIds);

private:
    void flush();

    const qint64 m_startPosition;
    QThread m_thread;
    ClusterLink *m_link = nullptr;
    QList<NodeFrame> m_outgoing;
};

} // namespace papo::server
