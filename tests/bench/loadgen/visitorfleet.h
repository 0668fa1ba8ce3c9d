#pragma once

#include "latencyhistogram.h"
#include "sequencebits.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace papo::common {
struct Envelope;
}

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
        bool batches = false; // open `window` at once, the next batch when all are in
    };

    explicit VisitorFleet(Config config, QObject *parent = nullptr);
    ~VisitorFleet() override;

    void connectAll();
    void startTraffic(double messagesPerSecond, qint64 durationMs);
    // The reconnect storm: from now on a visitor whose socket closes comes back as widget.js
    // does, and stormBack reports when every connected visitor has been down and is back.
    void armReconnect();
    void startBrowsing(double pageViewsPerSecond, qint64 durationMs);
    QJsonObject report() const;

signals:
    void connectingFinished(int ready, int failed);
    void trafficFinished(qint64 sent);
    void stormBack(int back);
    void browsingFinished(qint64 sent);

private:
    // Down: closed during the storm, reconnecting with its token and lastSeq.
    enum class State { Connecting, Hello, PageView, Ready, Down, Gone };
    struct Visitor
    {
        QWebSocket *socket = nullptr;
        State state = State::Connecting;
        QString token;
        qint64 lastSeq = 0;
        int backoffMs = 500;
        bool back = false; // past hello again since the storm was armed
        // Messages sent and not acknowledged, by request id: resent after a reconnect.
        QHash<QString, QString> pending;
    };

    void openNext();
    void openSocket(int index);
    void onConnected(int index);
    void onFrame(int index, const QString &text);
    void onAck(int index, const common::Envelope &ack);
    void onMessageEvent(int index, const QJsonObject &message, qint64 seq);
    void onGone(int index);
    void reconnectLater(int index);
    void sendDuePageViews();
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
    qint64 m_trafficFirst = 0; // the first sequence number of this traffic phase
    int m_nextSender = 0;
    QList<qint64> m_sentAtNs; // by message sequence number
    SequenceBits m_acked;
    SequenceBits m_repliesReceived;
    LatencyHistogram m_ackLatency;
    LatencyHistogram m_replyLatency;
    qint64 m_errors = 0;
    qint64 m_dropped = 0;
    qint64 m_duplicates = 0;

    bool m_reconnect = false;
    int m_armed = 0; // visitors connected when the storm was armed
    int m_back = 0;
    int m_droppedAgain = 0; // closed again after coming back
    qint64 m_reconnects = 0;

    QTimer m_browseTimer;
    double m_browseRate = 0;
    qint64 m_browseStartNs = 0;
    qint64 m_browseEndNs = 0;
    qint64 m_browseSent = 0;
    qint64 m_browseAcked = 0;
    int m_nextBrowser = 0;
};

} // namespace papo::bench
