// CHT-9: the type of an upload is read from its bytes; its name is cleaned. Input: the name
// (up to the first NUL) and the content after it.
#include "fuzzinput.h"

#include <attachmenttype.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = papo::fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QString name = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QByteArray content = split < 0 ? QByteArray() : input.mid(split + 1);
    const QString type = papo::server::AttachmentType::detect(content, name);
    papo::fuzz::require(!type.contains(QLatin1String("html"))
                            && !type.contains(QLatin1String("svg")),
                        "never HTML or SVG");
    if (!type.isEmpty()) {
        const QString clean = papo::server::AttachmentType::cleanName(name, type);
        papo::fuzz::require(!clean.isEmpty(), "a name");
        papo::fuzz::require(!clean.contains(QLatin1Char('/')) && !clean.contains(QLatin1Char('\\')),
                            "no path in the name");
    }
    return 0;
}
