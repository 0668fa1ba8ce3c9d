// The texts a visitor's row says: name, location, device and the VIS-3 indicators. Kept apart
// from the model's bookkeeping; the views and the accessible texts use them too.
#include "visitorlistmodel.h"

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

} // namespace papo::desk
