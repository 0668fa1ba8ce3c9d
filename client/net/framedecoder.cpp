#include "framedecoder.h"

#include "offthread.h"

namespace papo::desk {

void FrameDecoder::decode(const QString &text)
{
    const bool big = text.size() >= OffThreadChars;
    if (!big && m_waiting.empty()) {
        emit decoded(common::parseFrame(text.toUtf8()));
        return;
    }
    auto slot = std::make_shared<Slot>();
    m_waiting.push_back(slot);
    if (!big) {
        slot->frame = common::parseFrame(text.toUtf8());
        return;
    }
    runOffThread(
        this, [text] { return common::parseFrame(text.toUtf8()); },
        [this, slot](common::ParsedFrame frame) {
            slot->frame = std::move(frame);
            deliverReady();
        });
}

void FrameDecoder::clear()
{
    m_waiting.clear();
}

void FrameDecoder::deliverReady()
{
    while (!m_waiting.empty() && m_waiting.front()->frame) {
        const common::ParsedFrame frame = std::move(*m_waiting.front()->frame);
        m_waiting.pop_front();
        emit decoded(frame); // may clear() the rest: the loop then ends
    }
}

} // namespace papo::desk
