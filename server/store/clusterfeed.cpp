#include "clusterfeed.h"

#include "clusterlink.h"
#include "streampositions.h"

namespace papo::server {

ClusterFeed::ClusterFeed(const DatabaseUrl &url, QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_startPosition(StreamPositions(db).newest())
    , m_link(new ClusterLink(url, m_startPosition,
                             StreamPositions(db, QStringLiteral("frames")).newest()))
{
    m_thread.setObjectName(QStringLiteral("papo-cluster"));
    m_link->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_link, &QObject::deleteLater);
    connect(m_link, &ClusterLink::messagesStored, this, &ClusterFeed::messagesStored);
    connect(m_link, &ClusterLink::framesArrived, this, &ClusterFeed::framesArrived);
    connect(m_link, &ClusterLink::operatorsElsewhere, this, &ClusterFeed::operatorsElsewhere);
    m_thread.start();
    QMetaObject::invokeMethod(m_link, &ClusterLink::start);
}

ClusterFeed::~ClusterFeed()
{
    flush();
    QMetaObject::invokeMethod(m_link, &ClusterLink::leave, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ClusterFeed::publish(const NodeFrame &frame)
{
    if (m_outgoing.isEmpty())
        QMetaObject::invokeMethod(this, &ClusterFeed::flush, Qt::QueuedConnection);
    m_outgoing.append(frame);
}

void ClusterFeed::setConnectedHere(qint64 operatorId, bool connected)
{
    // Before the frames published after it: the others read the rows when those arrive.
    flush();
    QMetaObject::invokeMethod(m_link, [link = m_link, operatorId, connected] {
        link->setConnectedHere(operatorId, connected);
    });
}

void ClusterFeed::setVisitorHere(qint64 visitorId, const std::optional<NodeVisitor> &visitor)
{
    QMetaObject::invokeMethod(
        m_link, [link = m_link, visitorId, visitor] { link->setVisitorHere(visitorId, visitor); });
}

qint64 ClusterFeed::node() const
{
    return m_link->node(); // constant from the link's construction on
}

void ClusterFeed::readPresence()
{
    QMetaObject::invokeMethod(m_link, qOverload<>(&ClusterLink::readPresence));
}

void ClusterFeed::flush()
{
    if (m_outgoing.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_link, [link = m_link, frames = std::exchange(m_outgoing, {})] { link->publish(frames); });
}

} // namespace papo::server
