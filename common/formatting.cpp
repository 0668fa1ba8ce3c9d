#include "formatting.h"

#include <QRegularExpression>

namespace papo::common {

namespace {

const QRegularExpression bold(QStringLiteral(R"(\*\*(\S(?:.*?\S)?)\*\*)"));
const QRegularExpression italic(QStringLiteral(R"((^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,;:!?]))"));
// Found in the text as typed, before escaping: a `"` or `>` ends a link instead of becoming
// part of it as `&quot;` or `&gt;` would.
const QRegularExpression link(QStringLiteral(R"(https?://[^\s<>"']+[^\s<>"'.,;:!?)])"));
// Stands for the N-th link while bold and italic are applied. Escaped text never holds a `<`,
// so a placeholder cannot be forged by what the person typed.
const QRegularExpression placeholder(QStringLiteral(R"(<(\d+)>)"));

} // namespace

QString formatMessageHtml(const QString &text)
{
    QStringList links;
    QString html;
    qsizetype last = 0;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        html += QStringLiteral("<%1>").arg(links.size());
        links << match.captured().toHtmlEscaped();
        last = match.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();

    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("\\1<i>\\2</i>"));
    QString result;
    last = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString &url = links.at(match.captured(1).toInt());
        result += html.mid(last, match.capturedStart() - last);
        result
            += QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\" target=\"_blank\">%1</a>")
                   .arg(url);
        last = match.capturedEnd();
    }
    result += html.mid(last);
    result.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return result;
}

QString formatMessagePlain(const QString &text)
{
    QString plain = text;
    plain.replace(bold, QStringLiteral("\\1"));
    plain.replace(italic, QStringLiteral("\\1\\2"));
    return plain;
}

} // namespace papo::common
