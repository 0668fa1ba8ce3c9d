#pragma once

#include <envelope.h>

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace papo::testing {

// A test peer that speaks the envelope protocol over a real WebSocket and keeps every frame
// it received, so a test can wait for a reply or an event and count duplicates.
class WsClient final : public QObject
{
    Q_OBJECT

public:
    explicit WsClient(QObject *parent = nullptr);

    bool open(const QUrl &url, int timeoutMs = 20000);
    // With the request's headers (a browser's User-Agent, X-Forwarded-For, Origin...).
    bool open(const QNetworkRequest &request, int timeoutMs = 20000);
    void close();
    bool isConnected() const;

    // Sends a request with a fresh id and waits for its ack or error.
    std::optional<common::Envelope> request(const QString &type, const QJsonObject &data = {},
                                            int timeoutMs = 20000);
    void sendRaw(const QByteArray &frame);
    // Waits for a received frame (past or future) of this type not yet taken by a wait.
    std::optional<common::Envelope> waitForEvent(const QString &type, int timeoutMs = 20000);
    std::optional<common::Envelope>
    waitFor(const std::function<bool(const common::Envelope &)> &match, int timeoutMs = 20000);
    bool waitForDisconnected(int timeoutMs = 20000);
    // An operator hears of visitors in `visitors_changed` batches: the first visitor object (past
    // or future) matching. Batches are never taken: one may answer several waits.
    std::optional<QJsonObject> waitForVisitor(const std::function<bool(const QJsonObject &)> &match,
                                              int timeoutMs = 20000);
    bool waitForVisitorLeft(qint64 visitorId, int timeoutMs = 20000);

    QList<common::Envelope> received() const { return m_received; }
    QList<common::Envelope> eventsOfType(const QString &type) const;
    int closeCode() const { return m_closeCode; }
    QWebSocket &socket() { return m_socket; }

private:
    // The index of the first received frame matching, waiting for more.
    std::optional<qsizetype> waitForIndex(const std::function<bool(qsizetype)> &match,
                                          int timeoutMs);
    QWebSocket m_socket;
    QList<common::Envelope> m_received;
    QList<bool> m_taken;
    int m_nextId = 1;
    int m_closeCode = -1;
};

} // namespace papo::testing
