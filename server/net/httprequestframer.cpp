#include "httprequestframer.h"

#include <QList>

namespace papo::server {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// What QtHttpServer skips before a request line.
bool isLeadingSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

// End of a head as QtHttpServer finds it: the first empty line (CRLF or LF endings).
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    if (lf < 0)
        return crlf + 3;
    return qMin(crlf + 3, lf + 2);
}

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Request-Line = method SP target SP HTTP/x.y, as QtHttpServer's parser accepts it.
bool parseRequestLine(const QByteArray &line, QByteArray *method, QByteArray *path)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return false;
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.'
        || version.at(5) < '0' || version.at(5) > '9' || version.at(7) < '0' || version.at(7) > '9')
        return false;
    for (const char c : parts.at(1)) {
        if (uchar(c) <= 0x20 || c == 0x7f)
            return false;
    }
    *method = parts.at(0);
    const qsizetype query = parts.at(1).indexOf('?');
    *path = query < 0 ? parts.at(1) : parts.at(1).left(query);
    return true;
}

} // namespace

HttpRequestFramer::HttpRequestFramer(BodyLimit bodyLimit)
    : m_bodyLimit(std::move(bodyLimit))
{}

int HttpRequestFramer::refuse(int status)
{
    m_state = State::Refused;
    m_buffer.clear();
    return status;
}

int HttpRequestFramer::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        switch (m_state) {
        case State::Upgraded:
        case State::Refused:
            return 0;
        case State::Body: {
            const qint64 taken = qMin<qint64>(m_bodyRemaining, bytes.size());
            m_bodyRemaining -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyRemaining == 0) {
                m_state = State::Idle;
                ++m_completed;
            }
            break;
        }
        case State::Idle:
            while (!bytes.isEmpty() && isLeadingSpace(bytes.front()))
                bytes = bytes.sliced(1);
            if (!bytes.isEmpty())
                m_state = State::Head;
            break;
        case State::Head: {
            // Only what may belong to this head is kept; the rest is looked at once it passed.
            const qsizetype before = m_buffer.size();
            const qsizetype room = MaxHeadBytes - before;
            m_buffer.append(bytes.first(qMin(bytes.size(), room)));
            const qsizetype end = headEnd(m_buffer);
            if (end < 0) {
                if (m_buffer.size() >= MaxHeadBytes)
                    return refuse(431);
                return 0; // the rest of the head is still to come
            }
            bytes = bytes.sliced(end - before);
            m_buffer.truncate(end);
            if (const int status = finishHead())
                return status;
            break;
        }
        }
    }
    return 0;
}

int HttpRequestFramer::finishHead()
{
    QList<QByteArray> lines = m_buffer.split('\n');
    m_buffer.clear();
    lines.removeLast(); // after the final LF
    lines.removeLast(); // the empty line
    Head head;
    if (lines.isEmpty()
        || !parseRequestLine(withoutCr(lines.takeFirst()), &head.method, &head.path))
        return refuse(400);
    int lengths = 0;
    bool chunked = false;
    QByteArray connection;
    QByteArray upgrade;
    for (const QByteArray &raw : std::as_const(lines)) {
        const QByteArray line = withoutCr(raw);
        const qsizetype colon = line.indexOf(':');
        // No folded lines, no spaces in names: QtHttpServer would read those differently.
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return refuse(400);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (++lengths > 1 || value.isEmpty() || value.size() > 18)
                return refuse(400);
            for (const char c : value) {
                if (c < '0' || c > '9')
                    return refuse(400);
            }
            head.contentLength = value.toLongLong();
        } else if (name == "transfer-encoding") {
            chunked = true; // any coding but none leaves the body's size unknown up front
        } else if (name == "connection") {
            if (!connection.isNull())
                return refuse(400);
            connection = value.toLower();
        } else if (name == "upgrade") {
            if (!upgrade.isNull())
                return refuse(400);
            upgrade = value.toLower();
        } else if (name == "authorization") {
            head.hasAuthorization = value.startsWith("Bearer ") && value.size() > 7;
        }
    }
    if (chunked)
        return refuse(411);
    m_head = head;
    // QtHttpServer upgrades when Connection names "upgrade" and Upgrade is "websocket".
    if (connection.contains("upgrade") && upgrade == "websocket") {
        if (head.contentLength > 0)
            return refuse(400);
        m_state = State::Upgraded;
        return 0;
    }
    if (head.contentLength > 0) {
        const qint64 limit = m_bodyLimit ? m_bodyLimit(head) : 0;
        if (limit < 0)
            return refuse(401);
        if (head.contentLength > limit)
            return refuse(413);
        m_state = State::Body;
        m_bodyRemaining = head.contentLength;
        return 0;
    }
    m_state = State::Idle;
    ++m_completed;
    return 0;
}

} // namespace papo::server
