#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace papo::desk {

class ConversationActions;

// CHT-8: the search field over the conversation lists. Enter searches every conversation
// on the server; the matching messages replace the lists until the field is cleared, and
// picking one opens its conversation.
class ConversationSearch final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationSearch(ConversationActions *actions, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    bool isShowingResults() const { return m_showingResults; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void conversationSelected(qint64 conversationId);
    // Results replace the conversation lists (true) or go away (false).
    void resultsShown(bool shown);

private:
    void search();
    void clearResults();
    void setShowingResults(bool shown);

    ConversationActions *m_actions;
    QLineEdit *m_field;
    QLabel *m_summary;
    QListView *m_results;
    bool m_showingResults = false;
};

} // namespace papo::desk
