#include "elidedlabel.h"

#include <QResizeEvent>
#include <QTextDocument>

namespace papo::desk {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    // One line: a URL or a title never carries line breaks worth keeping.
    m_fullText = text.simplified();
    // A tooltip reads text that looks like markup as rich text: this one is plain.
    setToolTip(m_fullText.isEmpty() ? QString()
                                    : Qt::convertFromPlainText(m_fullText, Qt::WhiteSpaceNormal));
    updateElidedText();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_elideMode = mode;
    updateElidedText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin(),
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElidedText();
}

void ElidedLabel::updateElidedText()
{
    const int width = contentsRect().width() - 2 * margin();
    setText(width > 0 ? fontMetrics().elidedText(m_fullText, m_elideMode, width) : m_fullText);
}

} // namespace papo::desk
