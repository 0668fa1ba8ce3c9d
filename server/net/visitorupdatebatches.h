#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace papo::server {

class Session;

// Operators hear of visitors' changes in one `visitors_changed` event per socket at most every
// Interval: with thousands of visitors browsing, one event per page view per operator would
// cost more than the page views themselves, and no one reads a list that changes faster. Only
// a visitor's latest state is kept: a change replaces an earlier one, a departure replaces a
// change, and the frame is assembled from the visitors' JSON as it came (no re-parse).
class VisitorUpdateBatches final : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 100;

    explicit VisitorUpdateBatches(QObject *parent = nullptr);

    // `visitorJson`: the visitor object, compact; empty when the visitor left (or is no longer
    // seen by this session's operator).
    void add(Session *session, qint64 visitorId, const QByteArray &visitorJson);
    void forget(Session *session);
    // A flush within the interval even if nothing was added yet (see aboutToFlush()).
    void scheduleFlush();

signals:
    // Before a flush: whoever produces updates adds the ones it held back (SessionHub builds
    // each changed visitor's summary once per interval, whatever number of changes it saw).
    void aboutToFlush();

private:
    struct Pending
    {
        QList<qint64> order; // first change first
        QHash<qint64, QByteArray> latest;
    };
    void flush();
    static QByteArray frameOf(const Pending &pending);
    static QByteArray contentsOf(const Pending &pending); // equal for equal frames

    QHash<Session *, Pending> m_pending;
    QTimer m_timer;
};

} // namespace papo::server
