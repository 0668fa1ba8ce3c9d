#include "originpolicy.h"

#include <QRegularExpression>
#include <QUrl>

namespace papo::server::OriginPolicy {

namespace {

const QRegularExpression &originPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(https?)://(\\*\\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)"
        "(:[0-9]{1,5})?$"));
    return pattern;
}

} // namespace

QString normalized(const QString &origin)
{
    QString text = origin.trimmed().toLower();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool isValid(const QString &origin)
{
    return originPattern().match(normalized(origin)).hasMatch();
}

bool allows(const QStringList &allowed, const QString &origin)
{
    if (allowed.isEmpty())
        return true;
    const auto request = originPattern().match(normalized(origin));
    if (!request.hasMatch() || request.capturedLength(2) > 0)
        return false; // no Origin header (not a browser) or a nonsense one
    const QString scheme = request.captured(1);
    const QString host = request.captured(3);
    const QString port = request.captured(7);
    for (const QString &entry : allowed) {
        const auto rule = originPattern().match(normalized(entry));
        if (!rule.hasMatch() || rule.captured(1) != scheme || rule.captured(7) != port)
            continue;
        const bool wildcard = rule.capturedLength(2) > 0;
        const QString ruleHost = rule.captured(3);
        // "*.loja.example" means its subdomains, not loja.example itself.
        if (wildcard ? host.endsWith(QLatin1Char('.') + ruleHost) : host == ruleHost)
            return true;
    }
    return false;
}

} // namespace papo::server::OriginPolicy
