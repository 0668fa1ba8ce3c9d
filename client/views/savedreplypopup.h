#pragma once

#include <QFrame>

class QListView;

namespace papo::desk {

class ComposerEdit;
class SavedReplyFilterModel;
class SavedReplyModel;

// CHT-7: typing `/` in the composer (at the start or after a space) opens the list of
// saved replies above it, filtered by the keyword typed after the `/`. ↑/↓ choose, Enter or
// Tab insert the reply's text in place of `/keyword`, Esc closes; so does a click.
// The composer keeps the focus all along: the keys are taken through an event filter.
class SavedReplyPopup final : public QFrame
{
    Q_OBJECT

public:
    // overlayParent: the widget the list floats in (an ancestor of the composer).
    SavedReplyPopup(ComposerEdit *composer, SavedReplyModel *replies, QWidget *overlayParent);

    QListView *list() const { return m_list; }
    SavedReplyFilterModel *filter() const { return m_filter; }
    QString keyword() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFromText();
    void move(int step);
    void insertCurrent();
    void showAboveComposer();
    void close();

    ComposerEdit *m_composer;
    SavedReplyFilterModel *m_filter;
    QListView *m_list;
    int m_slashPosition = -1; // where `/keyword` starts in the composer, -1: no keyword
    int m_dismissedAt = -1;   // Esc closed the list for the `/` at this position
};

} // namespace papo::desk
