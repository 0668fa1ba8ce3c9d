#include "conversationdelegate.h"

#include "models/conversationlistmodel.h"
#include "models/durationtext.h"
#include "tones.h"

#include <protocol/chatmessage.h>

#include <iterator>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace papo::desk {

namespace {
constexpr int Padding = 10;
constexpr int AvatarSize = 36;
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ConversationDelegate::shortTime(const QDateTime &time)
{
    return DurationText::clockTime(time);
}

QColor ConversationDelegate::avatarColor(qint64 seed)
{
    static const QColor colors[]
        = {QColor(0x1f, 0x6f, 0xeb), QColor(0x82, 0x50, 0xdf), QColor(0x1a, 0x7f, 0x37),
           QColor(0xbc, 0x4c, 0x00), QColor(0xbf, 0x39, 0x89), QColor(0x0a, 0x7e, 0x8c)};
    return colors[quint64(seed) % std::size(colors)];
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int height = std::max(AvatarSize, metrics.height() * 2 + 4) + Padding * 2;
    return {200, height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const QPalette &palette = option.palette;

    // Background: selection, hover, plain.
    if (option.state & QStyle::State_Selected)
        painter->fillRect(rect, Tones::selectedRow(palette));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(rect, Tones::hoveredRow(palette));
    // The keyboard's place in the list, visible without a mouse.
    if ((option.state & QStyle::State_HasFocus) && !(option.state & QStyle::State_Selected)) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    }
    painter->setPen(Tones::separator(palette));
    painter->drawLine(rect.bottomLeft() + QPoint(Padding, 0), rect.bottomRight());

    const QString name = index.data(ConversationListModel::VisitorNameRole).toString();
    const qint64 visitorId = index.data(ConversationListModel::VisitorIdRole).toLongLong();
    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();

    // Avatar: the visitor's initial on a colour derived from their id.
    const QRect avatar(rect.left() + Padding, rect.top() + (rect.height() - AvatarSize) / 2,
                       AvatarSize, AvatarSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(visitorId));
    painter->drawEllipse(avatar);
    QFont initialFont = option.font;
    initialFont.setBold(true);
    painter->setFont(initialFont);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter,
                      name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper());

    const int textLeft = avatar.right() + Padding;
    const int textWidth = rect.right() - Padding - textLeft;
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const int top = rect.top() + (rect.height() - lineHeight * 2 - 4) / 2;

    // First line: name and time.
    QString time = shortTime(index.data(ConversationListModel::UpdatedAtRole).toDateTime());
    if (index.data(ConversationListModel::ClosedRole).toBool()) // CHT-8, e.g. a visitor's history
        time = tr("closed · %1").arg(time);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(smallFont);
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    painter->setFont(smallFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(rect.right() - Padding - timeWidth, top, timeWidth, lineHeight),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    // GRP-1: the chat's group, as a tag before the time.
    int nameWidth = textWidth - timeWidth - Padding;
    const QString group = index.data(ConversationListModel::GroupNameRole).toString();
    if (!group.isEmpty()) {
        const QString tag = smallMetrics.elidedText(group, Qt::ElideRight, textWidth / 3);
        const int tagWidth = smallMetrics.horizontalAdvance(tag) + 12;
        const QRect tagRect(rect.right() - Padding - timeWidth - Padding / 2 - tagWidth, top,
                            tagWidth, lineHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xea, 0xee, 0xf2));
        painter->drawRoundedRect(tagRect, 4, 4);
        painter->setFont(smallFont);
        painter->setPen(QColor(0x42, 0x4a, 0x53));
        painter->drawText(tagRect, Qt::AlignCenter, tag);
        nameWidth -= tagWidth + Padding / 2;
    }
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetrics nameMetrics(nameFont);
    painter->drawText(QRect(textLeft, top, nameWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, nameWidth));

    // Second line: preview and unread badge.
    QString preview
        = index.data(ConversationListModel::LastMessageTextRole).toString().simplified();
    // The team's messages (an operator's, the bot's, a group's) say who wrote them.
    const int lastAuthor = index.data(ConversationListModel::LastMessageAuthorKindRole).toInt();
    if (lastAuthor >= 0 && lastAuthor != int(papo::common::AuthorKind::Visitor)) {
        preview = tr("%1: %2").arg(
            index.data(ConversationListModel::LastMessageAuthorNameRole).toString(), preview);
    }
    if (preview.isEmpty())
        preview = index.data(ConversationListModel::PageUrlRole).toString();
    int previewWidth = textWidth;
    const int secondTop = top + lineHeight + 4;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int badgeWidth
            = std::max(smallMetrics.height(), smallMetrics.horizontalAdvance(count) + 10);
        const QRect badge(rect.right() - Padding - badgeWidth, secondTop, badgeWidth,
                          smallMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        QFont badgeFont = smallFont;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
        previewWidth -= badgeWidth + Padding;
    }
    QFont previewFont = option.font;
    previewFont.setBold(unread > 0);
    painter->setFont(previewFont);
    painter->setPen(palette.color(unread > 0 ? QPalette::Text : QPalette::PlaceholderText));
    painter->drawText(QRect(textLeft, secondTop, previewWidth, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(previewFont).elidedText(preview, Qt::ElideRight, previewWidth));
    painter->restore();
}

} // namespace papo::desk
