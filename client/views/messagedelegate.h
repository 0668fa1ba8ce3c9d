#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

namespace papo::desk {

// Paints one chat message as a bubble: the author's name and the time as plain text, the
// text as the HTML of papo::common::formatMessageHtml (escaped, then bold/italic/links;
// never the raw text as HTML). Own replies on the right, with "Sending…" until acknowledged.
// Clicking a link opens it in the browser. Operators' messages end with ✓ (sent) or ✓✓
// (seen by the visitor, CHT-5), edited ones with "edited"; hovering one's own message shows
// a gear whose click asks for its actions (CHT-4).
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The receipt mark of a message ("" when none) and its words for the tooltip.
    static QString receiptMark(const QModelIndex &index);
    static QString receiptText(const QModelIndex &index);
    // Where the gear of this row is drawn (in the view's viewport).
    QRect gearRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

signals:
    // The gear of an own message was clicked at globalPosition.
    void actionsRequested(const QModelIndex &index, const QPoint &globalPosition);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect attachment; // CHT-9: the picture or file line; empty without one
        QRect text;
        QRect footer;
    };

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The text's width and height laid out within maxText (cached: see m_textSizes).
    QSize textSize(const QStyleOptionViewItem &option, const QModelIndex &index, int maxText) const;
    static int maxTextWidth(const QStyleOptionViewItem &option);
    int bubbleHeight(int textHeight, int fileHeight) const;
    // The measures for this width (and the option's font: a new font forgets them all).
    QHash<QString, QSize> &measuresFor(const QStyleOptionViewItem &option, int maxText) const;
    void prepareDocument(QTextDocument *document, const QStyleOptionViewItem &option,
                         const QModelIndex &index, bool forPainting = false) const;
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QRect &rect) const;
    QString headerText(const QModelIndex &index) const;
    QString footerText(const QModelIndex &index) const;
    static bool isEditable(const QModelIndex &index);
    static QSize attachmentSize(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QString fileLine(const QModelIndex &index);
    void paintAttachment(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index, const QRect &rect) const;

    // Text width → text → its laid-out size, in m_measuredFont. The list asks the size of
    // every row whenever it lays out (a message arriving, a page of history, a resize), so
    // each text is laid out once instead of each time; an edited text is a new key.
    mutable QHash<int, QHash<QString, QSize>> m_textSizes;
    mutable QFont m_measuredFont;
    mutable int m_lineHeight = 0; // the header's and footer's line
};

} // namespace papo::desk
