#pragma once

#include <QPlainTextEdit>

namespace papo::desk {

// The reply field: Enter sends, Shift+Enter starts a new line.
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

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_userEdit = false;
};

} // namespace papo::desk
