#include "reportcollector.h"

#include "latencyhistogram.h"
#include "progress.h"
#include "sequencebits.h"

#include <QJsonArray>

namespace papo::bench {

namespace {

QString milliseconds(qint64 microseconds)
{
    return microseconds < 0 ? QStringLiteral("-")
                            : QString::number(double(microseconds) / 1000.0, 'f', 2);
}

} // namespace

ReportCollector::ReportCollector(QString label)
    : m_label(std::move(label))
{}

bool ReportCollector::collect(ChildProcess &operatorsProcess,
                              const std::vector<std::unique_ptr<ChildProcess>> &visitors,
                              QJsonObject *result)
{
    const bool record = result != nullptr;
    operatorsProcess.command(QStringLiteral("report"));
    const auto operators = operatorsProcess.waitFor(QStringLiteral("report"), 60000);
    if (!operators) {
        note(m_label, QStringLiteral("the operators sent no report"));
        return false;
    }
    LatencyHistogram ackLatency;
    LatencyHistogram replyLatency;
    SequenceBits repliesReceived;
    qint64 sent = 0, acked = 0, lostToOperators = 0, errors = 0, dropped = 0, duplicates = 0;
    int visitorsBack = 0, droppedAgain = 0;
    const QJsonArray received = operators->value(QLatin1String("received")).toArray();
    for (size_t index = 0; index < visitors.size(); ++index) {
        visitors[index]->command(QStringLiteral("report"));
        const auto report = visitors[index]->waitFor(QStringLiteral("report"), 60000);
        if (!report) {
            note(m_label, QStringLiteral("%1 sent no report").arg(visitors[index]->name()));
            return false;
        }
        ackLatency.merge(
            LatencyHistogram::fromJson(report->value(QLatin1String("ackLatency")).toArray()));
        replyLatency.merge(
            LatencyHistogram::fromJson(report->value(QLatin1String("replyLatency")).toArray()));
        repliesReceived.unite(
            SequenceBits::fromBase64(report->value(QLatin1String("repliesReceived")).toString()));
        // After the traffic phase only the messages sent since count (the storm's).
        const SequenceBits ackedHere
            = SequenceBits::fromBase64(report->value(QLatin1String("acked")).toString())
                  .from(record ? 0 : m_firstOfStorm.value(qsizetype(index)));
        if (record)
            m_firstOfStorm.append(report->value(QLatin1String("sent")).toInteger());
        sent += report->value(QLatin1String("sent")).toInteger();
        acked += ackedHere.count();
        errors += report->value(QLatin1String("errors")).toInteger();
        dropped += report->value(QLatin1String("dropped")).toInteger();
        duplicates += report->value(QLatin1String("duplicates")).toInteger();
        visitorsBack += report->value(QLatin1String("back")).toInt();
        droppedAgain += report->value(QLatin1String("droppedAgain")).toInt();
        // Every operator should have received every acknowledged message of this child.
        for (const QJsonValue &byChild : received) {
            const auto bits = SequenceBits::fromBase64(
                byChild.toObject().value(QString::number(index)).toString());
            lostToOperators += ackedHere.countMissingFrom(bits);
        }
    }
    const SequenceBits repliesAcked
        = SequenceBits::fromBase64(operators->value(QLatin1String("repliesAcked")).toString())
              .from(record ? 0 : m_firstReplyOfStorm);
    const qint64 repliesSent = operators->value(QLatin1String("repliesSent")).toInteger();
    if (record)
        m_firstReplyOfStorm = repliesSent;
    const qint64 lostToVisitors = repliesAcked.countMissingFrom(repliesReceived);
    const LatencyHistogram delivery
        = LatencyHistogram::fromJson(operators->value(QLatin1String("deliveryLatency")).toArray());
    const LatencyHistogram replyAck
        = LatencyHistogram::fromJson(operators->value(QLatin1String("replyAckLatency")).toArray());
    duplicates += operators->value(QLatin1String("duplicates")).toInteger();
    m_lost = lostToOperators + lostToVisitors;
    m_duplicates = duplicates;
    m_visitorsBack = visitorsBack;
    m_droppedAgain = droppedAgain;
    m_sent = sent + repliesSent;
    m_acked = acked + repliesAcked.count();
    if (!record)
        return true;

    result->insert(QLatin1String("visitorToOperator"), delivery.summary());
    result->insert(QLatin1String("operatorToVisitor"), replyLatency.summary());
    result->insert(QLatin1String("visitorAck"), ackLatency.summary());
    result->insert(QLatin1String("operatorAck"), replyAck.summary());
    result->insert(QLatin1String("visitorMessagesSent"), sent);
    result->insert(QLatin1String("visitorMessagesAcked"), acked);
    result->insert(QLatin1String("repliesSent"), repliesSent);
    result->insert(QLatin1String("repliesAcked"), repliesAcked.count());
    result->insert(QLatin1String("lostToOperators"), lostToOperators);
    result->insert(QLatin1String("lostToVisitors"), lostToVisitors);
    result->insert(QLatin1String("errors"),
                   errors + operators->value(QLatin1String("errors")).toInteger());
    result->insert(QLatin1String("dropped"),
                   dropped + operators->value(QLatin1String("dropped")).toInteger());
    result->insert(QLatin1String("duplicates"), duplicates);

    note(m_label, QStringLiteral("visitor→operator p50 %1 ms, p99 %2 ms, max %3 ms (%4 deliveries)")
                      .arg(milliseconds(delivery.percentile(50)),
                           milliseconds(delivery.percentile(99)), milliseconds(delivery.max()))
                      .arg(delivery.count()));
    note(m_label,
         QStringLiteral("operator→visitor p50 %1 ms, p99 %2 ms, max %3 ms (%4 deliveries)")
             .arg(milliseconds(replyLatency.percentile(50)),
                  milliseconds(replyLatency.percentile(99)), milliseconds(replyLatency.max()))
             .arg(replyLatency.count()));
    note(m_label, QStringLiteral("sent %1 (acked %2) visitor messages and %3 (acked %4) replies; "
                                 "lost %5 to operators, %6 to visitors")
                      .arg(sent)
                      .arg(acked)
                      .arg(repliesSent)
                      .arg(repliesAcked.count())
                      .arg(lostToOperators)
                      .arg(lostToVisitors));
    return true;
}

} // namespace papo::bench
