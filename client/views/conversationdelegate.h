#pragma once

#include <QStyledItemDelegate>

namespace papo::desk {

// Paints one row of a conversation list: avatar, visitor name, time of the last activity,
// a one-line preview of the last message and the unread count. Everything is drawn as
// plain text.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString shortTime(const QDateTime &time);
    static QColor avatarColor(qint64 seed);
};

} // namespace papo::desk
