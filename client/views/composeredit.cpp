#include "composeredit.h"

#include <QKeyEvent>

namespace papo::desk {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composer"));
    setTabChangesFocus(true);
    setPlaceholderText(tr("Write a reply. Enter sends, Shift+Enter starts a new line."));
    setAccessibleName(tr("Reply"));
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_userEdit)
            emit edited();
    });
}

QSize ComposerEdit::sizeHint() const
{
    const int lines = 3;
    const int height = fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2)
                       + frameWidth() * 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool isEnter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (isEnter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        emit submitted(toPlainText());
        return;
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier
        && document()->isEmpty()) {
        event->accept();
        emit editLastRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        emit escapePressed();
        return;
    }
    if (isEnter) {
        // Shift+Enter: a plain new line (QPlainTextEdit would insert a line separator).
        m_userEdit = true;
        insertPlainText(QStringLiteral("\n"));
        m_userEdit = false;
        event->accept();
        return;
    }
    m_userEdit = true;
    QPlainTextEdit::keyPressEvent(event);
    m_userEdit = false;
}

} // namespace papo::desk
