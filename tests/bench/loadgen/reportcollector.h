#pragma once

#include "childprocess.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace papo::bench {

// The children's reports after a message phase, merged: messages and replies sent,
// acknowledged, lost and duplicated, and the latencies. Messages carry sequence numbers, so an
// acknowledged message that an operator (or a reply that its visitor) never received is named
// as lost. The traffic phase's numbers go into the result; the storm's are counted from where
// the traffic's ended.
class ReportCollector final
{
public:
    explicit ReportCollector(QString label);

    // Asks every child for its report. With a `result` (after the traffic) the numbers go in
    // there and mark where the storm's messages begin; without one (after the storm) only the
    // storm's messages count. False when a child sent no report.
    bool collect(ChildProcess &operatorsProcess,
                 const std::vector<std::unique_ptr<ChildProcess>> &visitors, QJsonObject *result);

    // The totals of the last collect.
    qint64 lost() const { return m_lost; }
    qint64 duplicates() const { return m_duplicates; }
    qint64 sent() const { return m_sent; } // visitor messages and replies
    qint64 acked() const { return m_acked; }
    int visitorsBack() const { return m_visitorsBack; } // past hello again after the storm
    int droppedAgain() const { return m_droppedAgain; } // and closed again after that

private:
    QString m_label;
    qint64 m_lost = 0;
    qint64 m_duplicates = 0;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    int m_visitorsBack = 0;
    int m_droppedAgain = 0;
    // The first sequence number of the storm: by visitor child, and of the replies.
    QList<qint64> m_firstOfStorm;
    qint64 m_firstReplyOfStorm = 0;
};

} // namespace papo::bench
