#include "messagedelegate.h"

#include "conversationdelegate.h"
#include "models/messagemodel.h"
#include "net/attachmentpreviews.h"
#include "tones.h"

#include <protocol/chatmessage.h>

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>

namespace papo::desk {

namespace {

constexpr int OuterMargin = 12;
constexpr int RowSpacing = 4;
constexpr int BubblePadding = 10;
constexpr double MaxBubbleShare = 0.72;
constexpr int FileIconGap = 4; // between a file's paperclip and its name

const QString GearSymbol = QStringLiteral("\u2699"); // ⚙
constexpr QSize PicturePlaceholder(160, 120);        // until the thumbnail has arrived
// Texts measured per width, and widths kept; beyond either the measures start again.
constexpr qsizetype MaxMeasuredTexts = 20000;
constexpr qsizetype MaxMeasuredWidths = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Bubbles are the base tinted by who wrote: grey for the visitor, the highlight for me,
// green for a teammate, red for a reply that failed; stronger tints on a dark base.
QColor bubbleColour(const QPalette &palette, const QColor &ink, qreal lightShare)
{
    return Tones::tint(palette, ink, isDark(palette) ? lightShare * 2 : lightShare);
}

int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 480;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString MessageDelegate::headerText(const QModelIndex &index) const
{
    if (index.data(MessageModel::IsOwnRole).toBool())
        return tr("You");
    const QString name = index.data(MessageModel::AuthorNameRole).toString();
    if (!name.isEmpty())
        return name;
    return index.data(MessageModel::AuthorKindRole).toInt()
                   == int(papo::common::AuthorKind::Visitor)
               ? tr("Visitor")
               : tr("Operator");
}

QString MessageDelegate::footerText(const QModelIndex &index) const
{
    switch (MessageModel::Delivery(index.data(MessageModel::DeliveryRole).toInt())) {
    case MessageModel::Delivery::Pending:
        return tr("Sending…");
    case MessageModel::Delivery::Failed:
        return tr("Not sent: %1").arg(index.data(MessageModel::ErrorRole).toString());
    case MessageModel::Delivery::Delivered:
        break;
    }
    QString footer
        = ConversationDelegate::shortTime(index.data(MessageModel::CreatedAtRole).toDateTime());
    if (index.data(MessageModel::EditedRole).toBool())
        footer += QStringLiteral(" · ") + tr("edited");
    const QString mark = receiptMark(index);
    if (!mark.isEmpty())
        footer += QStringLiteral("  ") + mark;
    return footer;
}

QString MessageDelegate::receiptMark(const QModelIndex &index)
{
    switch (MessageModel::Receipt(index.data(MessageModel::ReceiptRole).toInt())) {
    case MessageModel::Receipt::Sent:
        return QStringLiteral("\u2713"); // ✓
    case MessageModel::Receipt::Seen:
        return QStringLiteral("\u2713\u2713"); // ✓✓
    case MessageModel::Receipt::None:
        break;
    }
    return {};
}

QString MessageDelegate::receiptText(const QModelIndex &index)
{
    switch (MessageModel::Receipt(index.data(MessageModel::ReceiptRole).toInt())) {
    case MessageModel::Receipt::Sent:
        return tr("Sent");
    case MessageModel::Receipt::Seen:
        return tr("Seen by the visitor");
    case MessageModel::Receipt::None:
        break;
    }
    return {};
}

bool MessageDelegate::isEditable(const QModelIndex &index)
{
    return index.data(MessageModel::IsOwnRole).toBool()
           && index.data(MessageModel::DeliveryRole).toInt()
                  == int(MessageModel::Delivery::Delivered)
           && index.data(MessageModel::IdRole).toLongLong() > 0;
}

QString MessageDelegate::fileLine(const QModelIndex &index)
{
    return QStringLiteral("%1 (%2)").arg(
        index.data(MessageModel::AttachmentNameRole).toString(),
        QLocale().formattedDataSize(index.data(MessageModel::AttachmentSizeRole).toLongLong(), 1,
                                    QLocale::DataSizeSIFormat));
}

QSize MessageDelegate::attachmentSize(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.data(MessageModel::AttachmentNameRole).toString().isEmpty())
        return {};
    if (!index.data(MessageModel::AttachmentIsImageRole).toBool()) {
        const QFontMetrics metrics(option.font);
        // The paperclip, then the name; a little room: the painter's metrics may round
        // differently from these.
        return {metrics.height() + FileIconGap + metrics.horizontalAdvance(fileLine(index)) + 8,
                metrics.height()};
    }
    const QImage preview = index.data(MessageModel::AttachmentPreviewRole).value<QImage>();
    return preview.isNull() ? PicturePlaceholder : preview.size();
}

void MessageDelegate::paintAttachment(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index, const QRect &rect) const
{
    if (!index.data(MessageModel::AttachmentIsImageRole).toBool()) {
        // A drawn paperclip, not the 📎 emoji: without an emoji font that is an empty box.
        const int side = QFontMetrics(option.font).height();
        static const QIcon paperclip(QStringLiteral(":/icons/attach.svg"));
        paperclip.paint(painter, QRect(rect.left(), rect.center().y() - side / 2, side, side));
        const QRect textRect = rect.adjusted(side + FileIconGap, 0, 0, 0);
        QFont font = option.font;
        font.setUnderline(true);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::Link));
        painter->drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(font).elidedText(fileLine(index), Qt::ElideMiddle, textRect.width()));
        return;
    }
    const QImage preview = index.data(MessageModel::AttachmentPreviewRole).value<QImage>();
    if (!preview.isNull()) {
        painter->drawImage(QRect(rect.topLeft(), preview.size()), preview);
        return;
    }
    // Loading: a grey card with the file's name (plain text, elided).
    painter->setPen(Qt::NoPen);
    painter->setBrush(bubbleColour(option.palette, option.palette.color(QPalette::Text), 0.12));
    painter->drawRoundedRect(rect, 6, 6);
    painter->setFont(smallFont(option.font));
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(rect.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                      index.data(MessageModel::AttachmentNameRole).toString());
}

QHash<QString, QSize> &MessageDelegate::measuresFor(const QStyleOptionViewItem &option,
                                                    int maxText) const
{
    if (m_lineHeight == 0 || option.font != m_measuredFont) {
        m_textSizes.clear();
        m_measuredFont = option.font;
        m_lineHeight = QFontMetrics(smallFont(option.font)).height();
    }
    // A few widths are kept: a long chat's vertical scroll bar comes and goes as it opens,
    // and each would otherwise measure every text again.
    if (!m_textSizes.contains(maxText) && m_textSizes.size() >= MaxMeasuredWidths)
        m_textSizes.clear();
    return m_textSizes[maxText];
}

void MessageDelegate::prepareDocument(QTextDocument *document, const QStyleOptionViewItem &option,
                                      const QModelIndex &index, bool forPainting) const
{
    document->setDocumentMargin(0);
    document->setDefaultFont(option.font);
    // The links' colour changes no size: only a painted document needs the style sheet.
    if (forPainting)
        document->setDefaultStyleSheet(
            QStringLiteral("a { color: %1; }").arg(option.palette.color(QPalette::Link).name()));
    document->setHtml(index.data(MessageModel::HtmlRole).toString());
}

QSize MessageDelegate::textSize(const QStyleOptionViewItem &option, const QModelIndex &index,
                                int maxText) const
{
    QHash<QString, QSize> &measures = measuresFor(option, maxText);
    const QString text = index.data(MessageModel::TextRole).toString();
    if (text.isEmpty())
        return {};
    // Laying the text out is most of a row's cost, and the list asks every row's size on each
    // layout: measure each text once for this width and font.
    if (const auto known = measures.constFind(text); known != measures.cend())
        return *known;
    QTextDocument document;
    prepareDocument(&document, option, index);
    document.setTextWidth(maxText);
    const int idealText = std::min(maxText, int(std::ceil(document.idealWidth())));
    document.setTextWidth(idealText);
    const QSize size(idealText, int(std::ceil(document.size().height())));
    if (measures.size() >= MaxMeasuredTexts)
        measures.clear();
    measures.insert(text, size);
    return size;
}

int MessageDelegate::maxTextWidth(const QStyleOptionViewItem &option)
{
    const int maxBubble
        = std::max(120, int((availableWidth(option) - 2 * OuterMargin) * MaxBubbleShare));
    return maxBubble - 2 * BubblePadding;
}

int MessageDelegate::bubbleHeight(int textHeight, int fileHeight) const
{
    return BubblePadding + m_lineHeight + 2 + fileHeight + textHeight + 2 + m_lineHeight
           + BubblePadding;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    const int width = availableWidth(option);
    const int maxText = maxTextWidth(option);
    const QSize text = textSize(option, index, maxText);
    const int idealText = text.width();
    const int textHeight = text.height();
    QSize file = attachmentSize(option, index);
    file.setWidth(std::min(file.width(), maxText));
    const int fileHeight = file.isEmpty() ? 0 : file.height() + 4;

    const QFontMetrics headerMetrics(smallFont(option.font));
    const int gearWidth = isEditable(index) ? headerMetrics.horizontalAdvance(GearSymbol) + 8 : 0;
    const int headerWidth = std::max(headerMetrics.horizontalAdvance(headerText(index)) + gearWidth,
                                     headerMetrics.horizontalAdvance(footerText(index)));
    const int contentWidth = std::min(maxText, std::max({idealText, headerWidth, file.width()}));
    const int bubbleWidth = contentWidth + 2 * BubblePadding;
    const int lineHeight = m_lineHeight;

    const bool own = index.data(MessageModel::IsOwnRole).toBool();
    const int left = own ? option.rect.left() + width - OuterMargin - bubbleWidth
                         : option.rect.left() + OuterMargin;
    Layout result;
    result.bubble = QRect(left, option.rect.top() + RowSpacing, bubbleWidth,
                          bubbleHeight(textHeight, fileHeight));
    const int innerLeft = left + BubblePadding;
    int y = result.bubble.top() + BubblePadding;
    result.header = QRect(innerLeft, y, contentWidth, lineHeight);
    y += lineHeight + 2;
    if (fileHeight > 0) {
        result.attachment = QRect(QPoint(innerLeft, y), file);
        y += fileHeight;
    }
    result.text = QRect(innerLeft, y, idealText, textHeight);
    y += textHeight + 2;
    result.footer = QRect(innerLeft, y, contentWidth, lineHeight);
    return result;
}

QRect MessageDelegate::gearRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isEditable(index))
        return {};
    const Layout box = layout(option, index);
    const int width = QFontMetrics(smallFont(option.font)).horizontalAdvance(GearSymbol) + 8;
    return {box.header.right() - width + 1, box.header.top(), width, box.header.height()};
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The list asks this of every row on each layout: only what the height depends on.
    const QSize text = textSize(option, index, maxTextWidth(option));
    const QSize file = attachmentSize(option, index);
    const int fileHeight = file.isEmpty() ? 0 : file.height() + 4;
    return {availableWidth(option), bubbleHeight(text.height(), fileHeight) + 2 * RowSpacing};
}

void MessageDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index, const QRect &rect) const
{
    QTextDocument document;
    prepareDocument(&document, option, index, true);
    document.setTextWidth(rect.width());
    painter->translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    document.documentLayout()->draw(painter, context);
    painter->translate(-rect.topLeft());
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout box = layout(option, index);
    const bool own = index.data(MessageModel::IsOwnRole).toBool();
    const auto delivery = MessageModel::Delivery(index.data(MessageModel::DeliveryRole).toInt());
    const bool visitor = index.data(MessageModel::AuthorKindRole).toInt()
                         == int(papo::common::AuthorKind::Visitor);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    QColor fill = visitor ? bubbleColour(palette, palette.color(QPalette::Text), 0.06)
                  : own   ? bubbleColour(palette, palette.color(QPalette::Highlight), 0.16)
                          : bubbleColour(palette, Tones::positive(palette), 0.14);
    if (delivery == MessageModel::Delivery::Failed)
        fill = bubbleColour(palette, Tones::error(palette), 0.14);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box.bubble, 10, 10);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(box.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    }

    const QFont small = smallFont(option.font);
    QFont header = small;
    header.setBold(true);
    painter->setFont(header);
    painter->setPen(palette.color(QPalette::Text));
    const bool showGear = isEditable(index) && (option.state & QStyle::State_MouseOver);
    const QRect gear = showGear ? gearRect(option, index) : QRect();
    painter->drawText(box.header, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(header).elidedText(headerText(index), Qt::ElideRight,
                                                      box.header.width() - gear.width()));
    if (showGear) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(gear, Qt::AlignRight | Qt::AlignVCenter, GearSymbol);
    }

    if (!box.attachment.isEmpty())
        paintAttachment(painter, option, index, box.attachment);
    if (!box.text.isEmpty())
        paintText(painter, option, index, box.text);

    painter->setFont(small);
    const bool seen
        = index.data(MessageModel::ReceiptRole).toInt() == int(MessageModel::Receipt::Seen);
    painter->setPen(delivery == MessageModel::Delivery::Failed ? Tones::error(palette)
                    : seen                                     ? palette.color(QPalette::Link)
                           : palette.color(QPalette::PlaceholderText));
    painter->drawText(
        box.footer, (own ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(footerText(index), Qt::ElideRight, box.footer.width()));
    painter->restore();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (gearRect(option, index).contains(mouse->position().toPoint())) {
            emit actionsRequested(index, mouse->globalPosition().toPoint());
            return true;
        }
        const Layout box = layout(option, index);
        // CHT-9: the browser shows a picture and saves a file (the server says which).
        if (box.attachment.contains(mouse->position().toPoint())) {
            QDesktopServices::openUrl(index.data(MessageModel::AttachmentUrlRole).toUrl());
            return true;
        }
        QTextDocument document;
        prepareDocument(&document, option, index);
        document.setTextWidth(box.text.width());
        const QPointF inText = mouse->position() - QPointF(box.text.topLeft());
        const QString anchor = document.documentLayout()->anchorAt(inText);
        const QUrl url(anchor);
        if (!anchor.isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
            QDesktopServices::openUrl(url);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const Layout box = layout(option, index);
        QString tip;
        if (gearRect(option, index).contains(event->pos()))
            tip = tr("Message actions");
        else if (box.footer.contains(event->pos()))
            tip = receiptText(index);
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace papo::desk
