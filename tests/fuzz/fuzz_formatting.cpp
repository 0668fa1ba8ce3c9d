// WID-4: whatever a visitor or operator types, the HTML holds only the formatter's own tags,
// and a link's href never leaves its quotes.
#include "fuzzinput.h"

#include <formatting.h>

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(papo::fuzz::bytes(data, size));
    const QString html = papo::common::formatMessageHtml(text);
    papo::common::formatMessagePlain(text);
    static const QRegularExpression allowedTags(QStringLiteral(
        R"(<(?:b|/b|i|/i|br|/a|a href="https?://[^"<>]*" rel="noopener noreferrer" target="_blank")>)"));
    QString rest = html;
    rest.remove(allowedTags);
    papo::fuzz::require(!rest.contains(QLatin1Char('<')), "only the formatter's tags");
    papo::fuzz::require(!rest.contains(QLatin1Char('>')), "no stray markup");
    papo::fuzz::require(html.count(QStringLiteral("<a ")) == html.count(QStringLiteral("</a>")),
                        "links close");
    return 0;
}
