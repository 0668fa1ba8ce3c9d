#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QList>
#include <QSortFilterProxyModel>

namespace papo::desk {

// The team's saved replies (CHT-7), by shortcut, as the server last sent them.
class SavedReplyModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ShortcutRole,
        TextRole,
    };
    Q_ENUM(Role)

    struct Reply
    {
        qint64 id = 0;
        QString shortcut;
        QString text;
    };

    explicit SavedReplyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The `replies` array of the `saved_replies` ack or event: the whole list.
    void setReplies(const QJsonArray &replies);
    void clear();
    QModelIndex indexOf(qint64 id) const;

private:
    QList<Reply> m_replies;
};

// The replies matching what follows `/` in the composer: every word of the keyword must
// start a word of the shortcut or of the text (case and accents ignored). Replies whose
// shortcut starts with the keyword come first.
class SavedReplyFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SavedReplyFilterModel(QObject *parent = nullptr);

    void setKeyword(const QString &keyword);
    QString keyword() const { return m_keyword; }

    // Lower case without accents: "Ação" → "acao".
    static QString folded(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_keyword;
    QStringList m_words; // folded
};

} // namespace papo::desk
