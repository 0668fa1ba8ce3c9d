#pragma once

#include "latencyhistogram.h"
#include "sequencebits.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace papo::bench {

// The operators: distinct accounts, the first the owner (POST /api/login), the others invited
// by it (`invite` on a setup socket, then POST /api/accept-invite with a device, which logs the
// new account in). Each account then opens one or more sockets to /ws/operator that say hello
// with the token and go online. Every socket receives every visitor message and records its
// delivery latency on its own; the first socket of the account chosen by the conversation id
// answers with a `send`, which carries its own send time back to the visitor.
class OperatorFleet final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl baseUrl;   // http://HOST:PORT
        QUrl socketUrl; // ws://HOST:PORT/ws/operator
        QString email;
        QString password;
        QList<int> clientsPerAccount; // one entry per account, the owner first
        QString tag;                  // makes the invited emails unique
    };

    explicit OperatorFleet(Config config, QObject *parent = nullptr);

    void start();
    // The reconnect storm: from now on a closed socket comes back, as papo-desk's does.
    void armReconnect();
    // Counting visitor-event frames per socket and second (browse phase).
    void startCounting();
    void stopCounting();
    QJsonObject report() const;

signals:
    void ready(int online);
    void stormBack(); // every socket is online again after the storm took them down
    void failed(const QString &reason);

private:
    struct Operator
    {
        QWebSocket *socket = nullptr;
        int account = 0;
        bool online = false;
        qint64 lastSeq = 0;
        int backoffMs = 500;
        // Sequence numbers received, by visitor child index.
        QHash<int, SequenceBits> received;
        // Replies sent and not acknowledged yet, by request id: resent after a reconnect.
        QHash<QString, QString> pending;
        // Browse phase: visitor-event frames and the entries in them, by second.
        QList<int> framesPerSecond;
        QList<int> updatesPerSecond;
    };

    void post(const QString &path, const QJsonObject &body,
              const std::function<void(const QJsonObject &)> &then);
    void ownerLoggedIn(const QString &token);
    void inviteAccounts();
    void openSockets();
    void open(int index);
    void onDisconnected(int index);
    void onFrame(int index, const QString &text);
    void countVisitorEvent(int index, const QString &text);
    void onVisitorMessage(int index, const QJsonObject &message, qint64 seq);
    void onAck(int index, const QString &requestId);
    void sendRequest(int index, const QString &id, const QString &text);

    Config m_config;
    QNetworkAccessManager m_http;
    QList<QString> m_tokens; // by account
    QWebSocket *m_setup = nullptr;
    int m_accepted = 0;
    QList<Operator> m_operators;
    QList<int> m_firstSocket; // by account
    int m_online = 0;
    bool m_announced = false;
    bool m_reconnect = false;
    bool m_wentDown = false;
    bool m_counting = false;
    qint64 m_countStartNs = 0;

    QList<qint64> m_replySentAtNs; // by reply sequence number
    SequenceBits m_repliesAcked;
    LatencyHistogram m_deliveryLatency;
    LatencyHistogram m_replyAckLatency;
    qint64 m_errors = 0;
    qint64 m_dropped = 0;
    qint64 m_duplicates = 0;
    qint64 m_reconnects = 0;
};

} // namespace papo::bench
