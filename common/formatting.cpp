#include "formatting.h"

#include <QRegularExpression>

namespace papo::common {

namespace {

const QRegularExpression bold(QStringLiteral(R"(\*\*(\S(?:.*?\S)?)\*\*)"));
const QRegularExpression italic(QStringLiteral(R"((^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,;:!?]))"));

} // namespace

QString formatMessageHtml(const QString &text)
{
    // Escaping first means every later pattern only ever sees inert text.
    QString html = text.toHtmlEscaped();

    static const QRegularExpression link(
        QStringLiteral(R"((https?://[^\s<>"']+[^\s<>"'.,;:!?)]))"));

    // Links are replaced through placeholders so bold/italic never reach inside a URL.
    QStringList links;
    QString withPlaceholders;
    qsizetype last = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        withPlaceholders += html.mid(last, match.capturedStart() - last);
        withPlaceholders += QStringLiteral("\x01%1\x02").arg(links.size());
        links << match.captured(1);
        last = match.capturedEnd();
    }
    withPlaceholders += html.mid(last);
    html = withPlaceholders;

    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("\\1<i>\\2</i>"));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString &url = links.at(i);
        html.replace(
            QStringLiteral("\x01%1\x02").arg(i),
            QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\" target=\"_blank\">%1</a>")
                .arg(url));
    }
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString formatMessagePlain(const QString &text)
{
    QString plain = text;
    plain.replace(bold, QStringLiteral("\\1"));
    plain.replace(italic, QStringLiteral("\\1\\2"));
    return plain;
}

} // namespace papo::common
