// The visitor's User-Agent header through uap-core's rules (Debian's regexes.yaml).
#include "fuzzinput.h"

#include <useragentparser.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static papo::server::UserAgentParser *parser = [] {
        auto *loaded = new papo::server::UserAgentParser(16);
        loaded->load();
        return loaded;
    }();
    const auto client = parser->parse(QString::fromUtf8(papo::fuzz::bytes(data, size)));
    papo::fuzz::require(!client.browser.family.isEmpty(), "a browser family, if only Other");
    return 0;
}
