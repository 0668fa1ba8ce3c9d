#pragma once

#include <protocol/envelope.h>

#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace papo::desk {

// Turns the server's text frames into envelopes, handed on in the order they came. A big frame
// (the visitors online of a big website are megabytes) is parsed on a worker thread so the UI
// thread never stalls on it; the frames behind it wait for it.
class FrameDecoder final : public QObject
{
    Q_OBJECT

public:
    // Smaller frames are parsed at once: a thread would cost more than it saves.
    static constexpr qsizetype OffThreadChars = 256 * 1024;

    using QObject::QObject;

    void decode(const QString &text);
    // The socket went away: frames still being parsed are never handed on.
    void clear();

signals:
    void decoded(const papo::common::ParsedFrame &frame);

private:
    struct Slot
    {
        std::optional<common::ParsedFrame> frame;
    };

    void deliverReady();

    std::deque<std::shared_ptr<Slot>> m_waiting;
};

} // namespace papo::desk
