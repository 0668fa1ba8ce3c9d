#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace papo::server {

// Follows the HTTP/1.1 byte stream of one connection, request by request, as it arrives and
// before QtHttpServer buffers it (6.4 reads whole bodies with no cap): it keeps a head until
// it is complete, however it was split, decides from it whether the body may come, then
// counts the body off. Only heads that QtHttpServer reads the same way pass: a field it
// would parse differently (folded lines, repeated lengths, names with spaces) is refused,
// so the body it reads is the one counted here.
class HttpRequestFramer final
{
public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    struct Head
    {
        QByteArray method;
        QByteArray path; // without the query
        qint64 contentLength = 0;
        bool hasAuthorization = false;
    };
    // The largest body a request may have; -1 to refuse it unread with 401 (it needs a
    // bearer token and has none).
    using BodyLimit = std::function<qint64(const Head &head)>;

    enum class State {
        Idle,     // between requests: nothing of the next one yet
        Head,     // part of a head has arrived
        Body,     // the head passed; its body is arriving
        Upgraded, // a WebSocket upgrade: the bytes after its head are frames, not requests
        Refused,  // a head was refused; nothing after it is read
    };

    explicit HttpRequestFramer(BodyLimit bodyLimit);

    // Takes the next bytes of the stream. Returns 0 while all is well, else the status the
    // request is refused with: 400 (malformed head), 401 (an upload without a token), 411
    // (chunked body), 413 (body over its limit), 431 (head over MaxHeadBytes).
    int feed(QByteArrayView bytes);

    State state() const { return m_state; }
    qint64 bodyRemaining() const { return m_bodyRemaining; }
    // The head that was last complete (valid in Body and after).
    const Head &head() const { return m_head; }
    // How many requests passed whole (head and body).
    int completed() const { return m_completed; }

private:
    int finishHead();
    int refuse(int status);

    BodyLimit m_bodyLimit;
    State m_state = State::Idle;
    QByteArray m_buffer; // the head so far
    Head m_head;
    qint64 m_bodyRemaining = 0;
    int m_completed = 0;
};

} // namespace papo::server
