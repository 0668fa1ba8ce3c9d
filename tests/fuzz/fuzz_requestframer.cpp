// The guard in front of QtHttpServer: bytes split anywhere give the same verdict as the same
// bytes whole, and nothing is kept beyond a head's limit.
#include "fuzzinput.h"

#include <httprequestframer.h>

using papo::server::HttpRequestFramer;

namespace {

HttpRequestFramer framer()
{
    return HttpRequestFramer([](const HttpRequestFramer::Head &head) -> qint64 {
        if (head.path == "/api/attachments")
            return head.hasAuthorization ? 4096 : -1;
        return 512;
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 17; // how the stream is cut
    const QByteArray stream = papo::fuzz::bytes(data + 1, size - 1);
    HttpRequestFramer whole = framer();
    const int wholeStatus = whole.feed(stream);
    HttpRequestFramer split = framer();
    int splitStatus = 0;
    for (qsizetype at = 0; at < stream.size() && splitStatus == 0; at += piece)
        splitStatus
            = split.feed(QByteArrayView(stream).sliced(at).first(qMin(piece, stream.size() - at)));
    papo::fuzz::require(wholeStatus == splitStatus, "the same verdict however split");
    papo::fuzz::require(whole.completed() == split.completed(), "the same requests");
    papo::fuzz::require(whole.state() == split.state(), "the same state");
    papo::fuzz::require(wholeStatus == 0 || whole.state() == HttpRequestFramer::State::Refused,
                        "a refusal ends the stream");
    if (whole.state() == HttpRequestFramer::State::Body)
        papo::fuzz::require(whole.bodyRemaining() > 0 && whole.bodyRemaining() <= 4096,
                            "a body within its limit");
    return 0;
}
