#pragma once

#include <QPlainTextEdit>

namespace papo::desk {

// The reply field: Enter sends, Shift+Enter starts a new line, ↑ in an empty field asks to
// edit the operator's last message (CHT-4), Esc asks to cancel.
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;

signals:
    // The operator pressed Enter; the field is not cleared here (the owner decides).
    void submitted(const QString &text);
    // The operator changed the text (not emitted for programmatic changes like clear()).
    void edited();
    // CHT-4: ↑ pressed while the field is empty.
    void editLastRequested();
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_userEdit = false;
};

} // namespace papo::desk
