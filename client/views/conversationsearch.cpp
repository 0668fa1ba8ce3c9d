#include "conversationsearch.h"

#include "app/conversationactions.h"
#include "models/searchresultmodel.h"
#include "tones.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace papo::desk {

ConversationSearch::ConversationSearch(ConversationActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_field(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QListView(this))
{
    setObjectName(QStringLiteral("conversationSearch"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search all conversations"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search conversations"));
    m_field->setMaxLength(200);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    Tones::setTone(m_summary, Tones::Tone::Muted);
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_actions->searchResults());
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Search results"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    m_summary->hide();
    m_results->hide();

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &ConversationSearch::search);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            clearResults();
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit conversationSelected(index.data(SearchResultModel::ConversationIdRole).toLongLong());
    });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit conversationSelected(index.data(SearchResultModel::ConversationIdRole).toLongLong());
    });
    connect(m_actions, &ConversationActions::searchFinished, this,
            [this](const QString &query, int count) {
                if (query.isEmpty() || m_field->text().simplified() != query)
                    return; // the operator has moved on
                m_summary->setText(count == 0 ? tr("Nothing found for “%1”.").arg(query)
                                              : tr("%n message(s) found", nullptr, count));
                setShowingResults(true);
            });
}

bool ConversationSearch::eventFilter(QObject *watched, QEvent *event)
{
    // ↓ from the field goes down into the results, Esc clears the search.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_results->isVisible()
            && m_results->model()->rowCount() > 0) {
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_results->model()->index(0, 0));
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationSearch::search()
{
    const QString query = m_field->text().simplified();
    if (query.isEmpty()) {
        clearResults();
        return;
    }
    m_summary->setText(tr("Searching…"));
    m_summary->show();
    m_actions->search(query);
}

void ConversationSearch::clearResults()
{
    m_actions->searchResults()->clear();
    setShowingResults(false);
}

void ConversationSearch::setShowingResults(bool shown)
{
    m_summary->setVisible(shown);
    m_results->setVisible(shown);
    if (m_showingResults == shown)
        return;
    m_showingResults = shown;
    emit resultsShown(shown);
}

} // namespace papo::desk
