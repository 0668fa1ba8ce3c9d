#pragma once

#include "latencyhistogram.h"
#include "sequencebits.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace papo::bench {

// The visitors of one child process, each a widget as far as the server can tell: a
// WebSocket to /ws/visitor, hello with the website key and a page URL, then a page_view.
// During the traffic phase they send messages at a fixed rate, each carrying its send time,
// and measure the operators' replies.
class VisitorFleet final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl url; // ws://HOST:PORT/ws/visitor
        QString key;
        int count = 0;
        int window = 32; // connection attempts in flight
        int index = 0;   // this child's number, part of every message
        int connectTimeoutMs = 300000;
    };

    explicit VisitorFleet(Config config, QObject *parent = nullptr);
    ~VisitorFleet() override;

    void connectAll();
    void startTraffic(double messagesPerSecond, qint64 durationMs);
    QJsonObject report() const;

signals:
    void connectingFinished(int ready, int failed);
    void trafficFinished(qint64 sent);

private:
    enum class State { Connecting, Hello, PageView, Ready, Gone };
    struct Visitor
    {
        QWebSocket *socket = nullptr;
        State state = State::Connecting;
    };

    void openNext();
    void onConnected(int index);
    void onFrame(int index, const QString &text);
    void onAck(int index, const QString &requestId);
    void onMessageEvent(const QJsonObject &message);
    void onGone(int index);
    void finishConnecting();
    void sendDueMessages();
    void sendOneMessage();
    void send(int index, const QString &type, const QString &id, const QJsonObject &data);
    QString pageUrl(int index) const;

    Config m_config;
    QList<Visitor> m_visitors;
    int m_nextToOpen = 0;
    int m_inFlight = 0;
    int m_ready = 0;
    int m_failed = 0;
    bool m_connecting = false;
    QTimer m_connectDeadline;

    QTimer m_sendTimer;
    double m_rate = 0;
    qint64 m_trafficStartNs = 0;
    qint64 m_trafficEndNs = 0;
    int m_nextSender = 0;
    QList<qint64> m_sentAtNs; // by message sequence number
    SequenceBits m_acked;
    SequenceBits m_repliesReceived;
    LatencyHistogram m_ackLatency;
    LatencyHistogram m_replyLatency;
    qint64 m_errors = 0;
    qint64 m_dropped = 0;
};

} // namespace papo::bench
