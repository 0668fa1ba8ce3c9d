#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// Positions of the durable event stream that clients resume from ("everything after N"):
// every message's `position`, in each visitor's stream and the operators'. They are handed
// out in commit order, also with several writers on one PostgreSQL: take() increments a
// one-row counter inside the writer's transaction, and the row lock of that UPDATE is held
// until the transaction ends, so a second writer waits and takes the next position only once
// the first has committed (or rolled back, returning its positions unused). A reader that
// has seen position N therefore never sees a smaller one appear later. See docs/scaling.md.
class StreamPositions final
{
public:
    // `stream`: "events" (messages) or "frames" (node_frames, the frames between nodes).
    explicit StreamPositions(QSqlDatabase db, const QString &stream = QStringLiteral("events"))
        : m_db(db)
        , m_stream(stream)
    {}

    // The last of `count` next positions, 0 on failure. Only inside a write transaction.
    qint64 take(int count = 1);
    // PostgreSQL: gives the messages this transaction wrote (the only ones without a position
    // it can see) the next positions, in id order, in one statement; call it right before
    // the commit, so the counter stays locked for that statement and the commit only. Their
    // ids and positions go to `placed`. False on failure: the transaction must roll back.
    bool placeNewMessages(QHash<qint64, qint64> *placed);
    // The newest committed position.
    qint64 newest();

private:
    QSqlDatabase m_db;
    QString m_stream;
};

} // namespace papo::server
