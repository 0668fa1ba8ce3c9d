#include "onlinevisitorsfeed.h"

#include "models/visitorlistmodel.h"
#include "net/offthread.h"

#include <protocol/messagetypes.h>

#include <QJsonArray>
#include <QLoggingCategory>

namespace papo::desk {

namespace {

Q_LOGGING_CATEGORY(lcVisitors, "papo.desk.visitors")

constexpr std::chrono::milliseconds DefaultBatchInterval(250);
constexpr std::chrono::seconds DefaultResyncInterval(60);
constexpr std::chrono::seconds ClockInterval(15);

} // namespace

OnlineVisitorsFeed::OnlineVisitorsFeed(ServerConnection *connection, VisitorListModel *model,
                                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(model)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(DefaultBatchInterval);
    connect(&m_batchTimer, &QTimer::timeout, this, &OnlineVisitorsFeed::flush);
    m_resyncTimer.setInterval(DefaultResyncInterval);
    connect(&m_resyncTimer, &QTimer::timeout, this, [this] { request(true); });
    // Time on site moves on by itself: repaint that column now and then.
    m_clockTimer.setInterval(ClockInterval);
    connect(&m_clockTimer, &QTimer::timeout, this,
            [this] { m_model->setReferenceTime(QDateTime()); });
    m_clockTimer.start();
    connect(m_connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::Connected)
                    m_resyncTimer.stop();
            });
}

void OnlineVisitorsFeed::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batchTimer.setInterval(interval);
}

void OnlineVisitorsFeed::setResyncInterval(std::chrono::milliseconds interval)
{
    m_resyncTimer.setInterval(interval);
}

void OnlineVisitorsFeed::load(bool andResync)
{
    request(false);
    if (andResync)
        m_resyncTimer.start();
}

void OnlineVisitorsFeed::change(const VisitorInfo &visitor)
{
    m_left.remove(visitor.id);
    const auto waiting = m_changedIndex.constFind(visitor.id);
    if (waiting != m_changedIndex.cend()) {
        m_changed[*waiting] = visitor;
    } else {
        m_changedIndex.insert(visitor.id, m_changed.size());
        m_changed.append(visitor);
    }
    schedule();
}

void OnlineVisitorsFeed::leave(qint64 visitorId)
{
    if (const auto waiting = m_changedIndex.constFind(visitorId);
        waiting != m_changedIndex.cend()) {
        // Arrived and left within one batch: drop the arrival, keep the order of the rest.
        m_changed.removeAt(*waiting);
        m_changedIndex.clear();
        for (qsizetype i = 0; i < m_changed.size(); ++i)
            m_changedIndex.insert(m_changed.at(i).id, i);
    }
    m_left.insert(visitorId);
    schedule();
}

const VisitorInfo *OnlineVisitorsFeed::find(qint64 visitorId) const
{
    const auto waiting = m_changedIndex.constFind(visitorId);
    return waiting != m_changedIndex.cend() ? &m_changed.at(*waiting) : m_model->find(visitorId);
}

void OnlineVisitorsFeed::flush()
{
    m_batchTimer.stop();
    if (m_changed.isEmpty() && m_left.isEmpty())
        return;
    const QList<VisitorInfo> changed = std::exchange(m_changed, {});
    const QSet<qint64> left = std::exchange(m_left, {});
    m_changedIndex.clear();
    m_model->applyChanges(changed, left.values());
}

void OnlineVisitorsFeed::dropWaiting()
{
    m_batchTimer.stop();
    m_changed.clear();
    m_changedIndex.clear();
    m_left.clear();
}

void OnlineVisitorsFeed::reset()
{
    m_resyncTimer.stop();
    dropWaiting();
    m_fullLoad = 0;
    m_listBeingRead = 0;
    m_model->clear();
}

void OnlineVisitorsFeed::request(bool resync)
{
    if (!m_connection->isConnected())
        return;
    const quint64 serial = ++m_serial;
    if (!resync)
        m_fullLoad = serial;
    m_connection->request(
        common::MessageType::Visitors, {}, this, [this, serial, resync](const RequestReply &reply) {
            if (!reply.ok) {
                if (reply.errorCode != RequestReply::Disconnected)
                    qCWarning(lcVisitors)
                        << "visitors refused:" << reply.errorCode << reply.errorMessage;
                if (serial == m_fullLoad) {
                    // Keep going with the events alone rather than holding them forever.
                    m_fullLoad = 0;
                    schedule();
                }
                return;
            }
            if (resync && m_fullLoad != 0)
                return; // a full load is on its way
            if (!resync && serial != m_fullLoad)
                return; // a newer full load was asked for
            const QJsonArray array = reply.data.value(QLatin1String("visitors")).toArray();
            const int total = reply.data.value(QLatin1String("total")).toInt(int(array.size()));
            const int seats = reply.data.value(QLatin1String("seats")).toInt();
            if (resync) {
                flush(); // older than this answer
            } else {
                m_fullLoad = 0;
                dropWaiting(); // events that came before this answer are older than it
            }
            // Thousands of rows are read on a worker thread; the events that come meanwhile
            // are newer than the list and wait for it.
            m_listBeingRead = serial;
            runOffThread(
                this, [array] { return VisitorInfo::listFromJson(array); },
                [this, serial, resync, total, seats](QList<VisitorInfo> visitors) {
                    if (m_listBeingRead != serial)
                        return; // a newer answer is being read, or the feed was reset
                    m_listBeingRead = 0;
                    if (m_fullLoad != 0)
                        return; // a full load is on its way
                    if (resync) {
                        m_model->applyChanges(visitors, {});
                        m_model->setTotal(total, seats);
                    } else {
                        m_model->setVisitors(std::move(visitors), total, seats);
                    }
                    flush();
                });
        });
}

void OnlineVisitorsFeed::schedule()
{
    // While the first list is loading, events wait for it (and are dropped when it comes);
    // while a list is read, they wait to go on top of it.
    if (m_fullLoad != 0 || m_listBeingRead != 0)
        return;
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

} // namespace papo::desk
