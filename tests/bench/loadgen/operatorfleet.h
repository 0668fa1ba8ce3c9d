#pragma once

#include "latencyhistogram.h"
#include "sequencebits.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QWebSocket;

namespace papo::bench {

// The operators: one login over HTTP, then M WebSockets to /ws/operator that say hello with
// the token and go online. Every operator receives every visitor message and records its
// delivery latency; the operator chosen by the conversation id answers with a `send`, which
// carries its own send time back to the visitor.
class OperatorFleet final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl loginUrl;  // http://HOST:PORT/api/login
        QUrl socketUrl; // ws://HOST:PORT/ws/operator
        QString email;
        QString password;
        int count = 0;
    };

    explicit OperatorFleet(Config config, QObject *parent = nullptr);

    void start();
    QJsonObject report() const;

signals:
    void ready(int online);
    void failed(const QString &reason);

private:
    struct Operator
    {
        QWebSocket *socket = nullptr;
        bool online = false;
        // Sequence numbers received, by visitor child index.
        QHash<int, SequenceBits> received;
    };

    void loggedIn(const QString &token);
    void onFrame(int index, const QString &text);
    void onVisitorMessage(int index, const QJsonObject &message);
    void onAck(int index, const QString &requestId);

    Config m_config;
    QNetworkAccessManager m_http;
    QString m_token;
    QList<Operator> m_operators;
    int m_online = 0;
    bool m_announced = false;

    QList<qint64> m_replySentAtNs; // by reply sequence number
    SequenceBits m_repliesAcked;
    LatencyHistogram m_deliveryLatency;
    LatencyHistogram m_replyAckLatency;
    qint64 m_errors = 0;
    qint64 m_dropped = 0;
    qint64 m_duplicates = 0;
};

} // namespace papo::bench
