#pragma once

#include <envelope.h>

#include <QObject>
#include <QWebSocket>

#include <memory>

namespace papo::server {

// One WebSocket speaking the envelope protocol: frame limits, parsing, replies.
// Subclasses handle well-formed requests; nothing a peer sends can throw or crash here.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<QWebSocket> socket, QObject *parent = nullptr);
    ~Session() override;

    void send(const QByteArray &frame);
    void closeWith(int closeCode, const QString &reason);

signals:
    void finished();

protected:
    virtual void handle(const common::Envelope &request) = 0;
    void acknowledge(const common::Envelope &request, const QJsonObject &data = {});
    void fail(const common::Envelope &request, common::ErrorCode code, const QString &message);
    QWebSocket &socket() { return *m_socket; }

private:
    void receive(const QString &frame);

    std::unique_ptr<QWebSocket> m_socket;
};

} // namespace papo::server
