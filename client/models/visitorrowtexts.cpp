// The texts a visitor's row says: each column's text, sort key and tooltip, the name, location,
// device and the VIS-3 indicators. Kept apart from the model's bookkeeping; the views and the
// accessible texts use them too.
#include "visitorlistmodel.h"

#include "durationtext.h"

namespace papo::desk {

namespace {

// VIS-3 indicators, always in this order; symbols most fonts have.
const QString ChattedBeforeSymbol = QStringLiteral("\u21BA");    // ↺ past conversations
const QString InvitedSymbol = QStringLiteral("\u2709");          // ✉ a targeted invitation
const QString ChatWindowOpenedSymbol = QStringLiteral("\u25A3"); // ▣ opened the chat window

} // namespace

QString VisitorListModel::displayName(const VisitorInfo &visitor)
{
    if (!visitor.name.trimmed().isEmpty())
        return visitor.name;
    if (!visitor.email.trimmed().isEmpty())
        return visitor.email;
    return tr("Visitor %1").arg(visitor.id);
}

QString VisitorListModel::locationText(const VisitorInfo &visitor)
{
    const QString text = visitor.locationText.trimmed();
    // The server says "unknown" without a GeoIP database or for private addresses.
    if (text.isEmpty() || text.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0)
        return tr("Unknown");
    return text;
}

QString VisitorListModel::deviceTypeName(VisitorInfo::DeviceType type)
{
    switch (type) {
    case VisitorInfo::DeviceType::Desktop:
        return tr("Desktop");
    case VisitorInfo::DeviceType::Mobile:
        return tr("Mobile");
    case VisitorInfo::DeviceType::Tablet:
        return tr("Tablet");
    case VisitorInfo::DeviceType::Bot:
        return tr("Bot");
    case VisitorInfo::DeviceType::Unknown:
        break;
    }
    return tr("Unknown");
}

QString VisitorListModel::indicatorSymbols(const VisitorInfo &visitor)
{
    QStringList symbols;
    if (visitor.chattedBefore)
        symbols << ChattedBeforeSymbol;
    if (visitor.invited)
        symbols << InvitedSymbol;
    if (visitor.chatWindowOpened)
        symbols << ChatWindowOpenedSymbol;
    return symbols.join(QLatin1Char(' '));
}

QStringList VisitorListModel::indicatorDescriptions(const VisitorInfo &visitor)
{
    QStringList lines;
    if (visitor.chattedBefore)
        lines << tr("%1 Has past conversations").arg(ChattedBeforeSymbol);
    if (visitor.invited)
        lines << tr("%1 Received an invitation from an operator").arg(InvitedSymbol);
    if (visitor.chatWindowOpened)
        lines << tr("%1 Opened the chat window").arg(ChatWindowOpenedSymbol);
    return lines;
}

QVariant VisitorListModel::displayData(const VisitorInfo &visitor, int column) const
{
    switch (column) {
    case NameColumn:
        if (!visitor.name.trimmed().isEmpty() && !visitor.email.isEmpty())
            return tr("%1 · %2").arg(visitor.name, visitor.email);
        return displayName(visitor);
    case StatusColumn:
        if (visitor.chatting)
            return tr("Chatting now");
        if (visitor.chattedBefore)
            return tr("Chatted before");
        return visitor.visits > 1 ? tr("Returning") : tr("New");
    case IndicatorsColumn:
        return indicatorSymbols(visitor);
    case LocationColumn:
        return locationText(visitor);
    case CurrentPageColumn:
        return visitor.currentTitle.trimmed().isEmpty() ? visitor.currentUrl : visitor.currentTitle;
    case GroupColumn:
        return visitor.group;
    case ReferrerColumn:
        return visitor.referrer;
    case BrowserColumn:
        if (visitor.os.isEmpty() || visitor.browser.isEmpty())
            return visitor.os.isEmpty() ? visitor.browser : visitor.os;
        return tr("%1 / %2").arg(visitor.os, visitor.browser);
    case DeviceColumn:
        return deviceTypeName(visitor.deviceType);
    case TimeOnSiteColumn: {
        if (!visitor.visitStartedAt.isValid())
            return {};
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return DurationText::format(visitor.visitStartedAt.secsTo(now));
    }
    case PagesViewedColumn:
        return visitor.pagesThisVisit;
    case VisitsColumn:
        return visitor.visits;
    case LanguageColumn:
        return visitor.language;
    default:
        return {};
    }
}

QVariant VisitorListModel::sortData(const VisitorInfo &visitor, int column) const
{
    switch (column) {
    case NameColumn:
        return displayName(visitor).toLower();
    case StatusColumn:
        return visitor.chatting ? 2 : visitor.chattedBefore ? 1 : 0;
    case IndicatorsColumn:
        // Past conversations weigh most, then an invitation, then the chat window.
        return (visitor.chattedBefore ? 4 : 0) + (visitor.invited ? 2 : 0)
               + (visitor.chatWindowOpened ? 1 : 0);
    case TimeOnSiteColumn:
        // Longest on the site = earliest start: no dependency on "now".
        return visitor.visitStartedAt.isValid() ? -visitor.visitStartedAt.toMSecsSinceEpoch()
                                                : qint64(0);
    case PagesViewedColumn:
        return visitor.pagesThisVisit;
    case VisitsColumn:
        return visitor.visits;
    default:
        return displayData(visitor, column).toString().toLower();
    }
}

QVariant VisitorListModel::toolTip(const VisitorInfo &visitor, int column) const
{
    switch (column) {
    case NameColumn: {
        QStringList lines{displayName(visitor)};
        if (!visitor.email.isEmpty() && visitor.email != lines.first())
            lines << visitor.email;
        if (!visitor.phone.isEmpty())
            lines << visitor.phone;
        return lines.join(QLatin1Char('\n'));
    }
    case CurrentPageColumn:
        return visitor.currentTitle.trimmed().isEmpty()
                   ? visitor.currentUrl
                   : visitor.currentTitle + QLatin1Char('\n') + visitor.currentUrl;
    case DeviceColumn:
        return visitor.deviceSummary;
    case IndicatorsColumn: {
        const QStringList lines = indicatorDescriptions(visitor);
        return lines.isEmpty() ? tr("No past conversations, invitation or chat window")
                               : lines.join(QLatin1Char('\n'));
    }
    case GroupColumn:
    case LocationColumn:
    case ReferrerColumn:
    case BrowserColumn:
    case StatusColumn:
    case LanguageColumn:
        return displayData(visitor, column);
    default:
        return {};
    }
}

} // namespace papo::desk
