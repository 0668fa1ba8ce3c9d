#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

#include <functional>

namespace papo::desk {

// The answer to a `search` request (CHT-8): one row per matching message, newest first,
// with the text around the words found.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        VisitorIdRole,
        SnippetRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    struct Hit
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
        qint64 visitorId = 0;
        QString visitorName; // as the lists show it; empty when the conversation is not known
        QString snippet;
        QDateTime createdAt;
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The `results` array of the ack; nameOf(conversationId) names each hit's visitor.
    void setResults(const QJsonArray &results,
                    const std::function<QString(qint64 conversationId)> &nameOf = {});
    void clear();

private:
    QList<Hit> m_hits;
};

} // namespace papo::desk
