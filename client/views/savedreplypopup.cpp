#include "savedreplypopup.h"

#include "composeredit.h"
#include "models/savedreplymodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QListView>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QVBoxLayout>

namespace papo::desk {

namespace {

constexpr int MaxVisibleRows = 6;

// One reply per line: "/shortcut" in bold, then the start of its text, elided.
class SavedReplyItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QRect area = option.rect.adjusted(8, 0, -8, 0);
        QFont bold = option.font;
        bold.setBold(true);
        const QString shortcut
            = QLatin1Char('/') + index.data(SavedReplyModel::ShortcutRole).toString();
        const int shortcutWidth = QFontMetrics(bold).horizontalAdvance(shortcut) + 12;
        painter->save();
        painter->setFont(bold);
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, shortcut);
        painter->setFont(option.font);
        if (!selected)
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QRect textArea = area.adjusted(shortcutWidth, 0, 0, 0);
        painter->drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(
                              index.data(SavedReplyModel::TextRole).toString().simplified(),
                              Qt::ElideRight, textArea.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() + 10};
    }
};

} // namespace

SavedReplyPopup::SavedReplyPopup(ComposerEdit *composer, SavedReplyModel *replies,
                                 QWidget *overlayParent)
    : QFrame(overlayParent)
    , m_composer(composer)
    , m_filter(new SavedReplyFilterModel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("savedReplyPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QFrame#savedReplyPopup { background: palette(base);"
                                 " border: 1px solid palette(mid); border-radius: 6px; }"));
    m_filter->setSourceModel(replies);
    m_list->setObjectName(QStringLiteral("savedReplyList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new SavedReplyItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus); // the composer keeps typing
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Saved replies"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    hide();

    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        insertCurrent();
    });
    connect(m_composer, &QPlainTextEdit::textChanged, this, &SavedReplyPopup::updateFromText);
    connect(m_composer, &QPlainTextEdit::cursorPositionChanged, this,
            &SavedReplyPopup::updateFromText);
    // The list changed on the server while it is open.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SavedReplyPopup::updateFromText);
    m_composer->installEventFilter(this);
}

QString SavedReplyPopup::keyword() const
{
    return m_filter->keyword();
}

void SavedReplyPopup::updateFromText()
{
    // The keyword: from a `/` at the start or after a space up to the cursor, no spaces.
    static const QRegularExpression slashWord(QStringLiteral("(?:^|\\s)/([^\\s/]*)$"));
    const QTextCursor cursor = m_composer->textCursor();
    const QString before = m_composer->toPlainText().left(cursor.position());
    const QRegularExpressionMatch match = slashWord.match(before);
    m_slashPosition = match.hasMatch() ? int(match.capturedStart(1)) - 1 : -1;
    if (m_slashPosition < 0 || cursor.hasSelection() || m_slashPosition == m_dismissedAt) {
        if (m_slashPosition != m_dismissedAt)
            m_dismissedAt = -1;
        close();
        return;
    }
    m_filter->setKeyword(match.captured(1));
    if (m_filter->rowCount() == 0) {
        hide();
        return;
    }
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_filter->index(0, 0));
    showAboveComposer();
}

void SavedReplyPopup::showAboveComposer()
{
    auto *parent = parentWidget();
    const int rows = std::min(MaxVisibleRows, m_filter->rowCount());
    const int rowHeight = m_list->sizeHintForRow(0);
    const int margins = layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    const int height = rows * rowHeight + 2 * m_list->frameWidth() + margins + 2;
    const QPoint topLeft = m_composer->mapTo(parent, QPoint(0, 0));
    setGeometry(topLeft.x(), std::max(0, topLeft.y() - height - 2), m_composer->width(), height);
    show();
    raise();
}

void SavedReplyPopup::move(int step)
{
    const int count = m_filter->rowCount();
    if (count == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -step;
    m_list->setCurrentIndex(m_filter->index((row + step + count) % count, 0));
}

void SavedReplyPopup::insertCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_slashPosition < 0)
        return;
    QTextCursor cursor = m_composer->textCursor();
    const int end = cursor.position();
    cursor.setPosition(m_slashPosition);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(current.data(SavedReplyModel::TextRole).toString());
    m_composer->setTextCursor(cursor);
    close();
}

void SavedReplyPopup::close()
{
    m_list->setCurrentIndex({});
    hide();
}

bool SavedReplyPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_composer || !isVisible())
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        hide();
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            move(-1);
            return true;
        case Qt::Key_Down:
            move(1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            insertCurrent();
            return true;
        case Qt::Key_Escape:
            m_dismissedAt = m_slashPosition;
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace papo::desk
