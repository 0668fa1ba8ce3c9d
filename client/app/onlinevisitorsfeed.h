#pragma once

#include "net/serverconnection.h"
#include "net/visitorinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace papo::desk {

class VisitorListModel;

// VIS: the visitors online list kept current — the `visitors` answer after every hello (its
// rows read off the UI thread), a resync of the count now and then, and the changes of
// `visitors_changed` applied in batches (one model update per batch interval) so thousands of
// visitors moving every second stay cheap.
class OnlineVisitorsFeed final : public QObject
{
    Q_OBJECT

public:
    OnlineVisitorsFeed(ServerConnection *connection, VisitorListModel *model,
                       QObject *parent = nullptr);

    void setBatchInterval(std::chrono::milliseconds interval);
    void setResyncInterval(std::chrono::milliseconds interval);

    // A fresh list; with `andResync`, the resyncs start too (after a hello).
    void load(bool andResync = false);
    // A visitor arrived or changed; they join the list in the next batch.
    void change(const VisitorInfo &visitor);
    void leave(qint64 visitorId);
    // The newest the feed has of a visitor: a change waiting for its batch, else the row.
    const VisitorInfo *find(qint64 visitorId) const;
    // Applies the waiting changes now.
    void flush();
    // Forgets everything (logging out).
    void reset();

private:
    void request(bool resync);
    void schedule();
    // Forgets the changes waiting for their batch.
    void dropWaiting();

    ServerConnection *m_connection;
    VisitorListModel *m_model;
    quint64 m_serial = 0;
    quint64 m_fullLoad = 0;      // serial of the full `visitors` request in flight, 0 when none
    quint64 m_listBeingRead = 0; // serial of the answer read off the UI thread, 0 when none
    // Waiting for the next batch; a visitor's latest change replaces an earlier one in place.
    QList<VisitorInfo> m_changed;
    QHash<qint64, qsizetype> m_changedIndex;
    QSet<qint64> m_left;
    QTimer m_batchTimer;
    QTimer m_resyncTimer;
    QTimer m_clockTimer;
};

} // namespace papo::desk
