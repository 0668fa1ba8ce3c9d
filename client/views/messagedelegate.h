#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace papo::desk {

// Paints one chat message as a bubble: the author's name and the time as plain text, the
// text as the HTML of papo::common::formatMessageHtml (escaped, then bold/italic/links;
// never the raw text as HTML). Own replies on the right, with "Sending…" until acknowledged.
// Clicking a link opens it in the browser.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

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

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                  QTextDocument *document) const;
    QString headerText(const QModelIndex &index) const;
    QString footerText(const QModelIndex &index) const;
    static QSize attachmentSize(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QString fileLine(const QModelIndex &index);
    void paintAttachment(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index, const QRect &rect) const;
};

} // namespace papo::desk
