#pragma once

#include <QLabel>

namespace papo::desk {

// A one-line plain-text label that elides what does not fit (long URLs in a narrow column)
// and shows the whole text as its tooltip. It never asks for more width than it gets.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElidedText();

    QString m_fullText;
    Qt::TextElideMode m_elideMode = Qt::ElideMiddle;
};

} // namespace papo::desk
