#pragma once

#include <protocol/chatmessage.h>

#include <QList>
#include <QString>

#include <memory>

namespace papo::testing {
class ServerProcess;
class WsClient;
} // namespace papo::testing

namespace papo::bench {

// A conversation on the real server written the way people write one: a visitor's messages
// and the operator's replies in turns, through their own sockets (the server started with its
// rate limits lifted), so the desk reads it back through `history` like any other chat.
class LongConversation final
{
public:
    explicit LongConversation(const testing::ServerProcess &server);
    ~LongConversation();

    // Writes `messages` messages (half the visitor's, half `operatorSocket`'s replies, which
    // makes that operator the owner); false when the server refused any.
    bool write(testing::WsClient &operatorSocket, int messages);
    qint64 conversationId() const { return m_conversationId; }
    // One more message from the visitor; false when the server refused it.
    bool visitorSays(const QString &text);

    // Every message of the conversation, oldest first, read with `history` pages as the server
    // sends them.
    static QList<common::ChatMessage> readAll(testing::WsClient &operatorSocket,
                                              qint64 conversationId);
    // The n-th text of a chat: short lines, longer paragraphs, links and bold as people type.
    static QString sampleText(int n);

private:
    const testing::ServerProcess &m_server;
    std::unique_ptr<testing::WsClient> m_visitor;
    qint64 m_conversationId = 0;
};

} // namespace papo::bench
