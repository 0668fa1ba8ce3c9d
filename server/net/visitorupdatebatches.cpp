#include "visitorupdatebatches.h"

#include "session.h"

#include <messagetypes.h>

namespace papo::server {

VisitorUpdateBatches::VisitorUpdateBatches(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &VisitorUpdateBatches::flush);
}

void VisitorUpdateBatches::add(Session *session, qint64 visitorId, const QByteArray &visitorJson)
{
    Pending &pending = m_pending[session];
    if (!pending.latest.contains(visitorId))
        pending.order.append(visitorId);
    pending.latest.insert(visitorId, visitorJson);
    scheduleFlush();
}

void VisitorUpdateBatches::scheduleFlush()
{
    // The timer runs from the first change after a flush: flushes are at least an interval
    // apart, so no socket gets more than 1000 / IntervalMs events a second.
    if (!m_timer.isActive())
        m_timer.start();
}

void VisitorUpdateBatches::forget(Session *session)
{
    m_pending.remove(session);
}

void VisitorUpdateBatches::flush()
{
    emit aboutToFlush();
    const QHash<Session *, Pending> pending = std::exchange(m_pending, {});
    m_timer.stop(); // what aboutToFlush() added goes out now
    // Operators who see the same visitors get the same frame: it is assembled, and converted
    // for the socket, once for all of them.
    QHash<QByteArray, QString> frames;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QByteArray key = contentsOf(it.value());
        auto frame = frames.constFind(key);
        if (frame == frames.cend())
            frame = frames.insert(key, QString::fromUtf8(frameOf(it.value())));
        it.key()->sendText(*frame);
    }
}

QByteArray VisitorUpdateBatches::contentsOf(const Pending &pending)
{
    // Each visitor's JSON is one shared buffer for every session it went to: during a flush,
    // the same id with the same buffer is the same entry.
    QByteArray key;
    key.reserve(pending.order.size() * 2 * sizeof(qint64));
    for (qint64 visitorId : pending.order) {
        const auto json = quintptr(pending.latest.value(visitorId).constData());
        key.append(reinterpret_cast<const char *>(&visitorId), sizeof visitorId);
        key.append(reinterpret_cast<const char *>(&json), sizeof json);
    }
    return key;
}

QByteArray VisitorUpdateBatches::frameOf(const Pending &pending)
{
    QByteArray visitors;
    QByteArray left;
    for (qint64 visitorId : pending.order) {
        const QByteArray &json = pending.latest.value(visitorId);
        QByteArray &list = json.isEmpty() ? left : visitors;
        if (!list.isEmpty())
            list += ',';
        list += json.isEmpty() ? QByteArray::number(visitorId) : json;
    }
    return "{\"t\":\"" + QByteArray(common::MessageType::VisitorsChanged.data())
           + "\",\"d\":{\"visitors\":[" + visitors + "],\"left\":[" + left + "]}}";
}

} // namespace papo::server
