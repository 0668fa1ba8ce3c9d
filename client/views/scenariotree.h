#pragma once

#include <QJsonObject>
#include <QTreeWidget>

namespace papo::desk {

// A chatbot scenario's tree in Settings → Chatbot (BOT-1): the first bot message at the top,
// under each bot message the visitor's replies, each with the bot's answer to it. Items keep
// the texts in roles and show them as plain text; the node the server refused is marked.
class ScenarioTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role {
        LabelRole = Qt::UserRole + 1, // the visitor's reply leading to the node
        MessageRole,                  // the bot's message; empty under the top: hand over
        RefusedRole,                  // bool: the server named this node
    };

    explicit ScenarioTree(QWidget *parent = nullptr);

    // The wire form's `start` (docs/protocol.md, "Chatbot scenarios").
    void setStart(const QJsonObject &start);
    QJsonObject start() const;

    QTreeWidgetItem *top() const { return topLevelItem(0); }
    QTreeWidgetItem *itemAt(const QList<int> &path) const;
    QTreeWidgetItem *addReply(QTreeWidgetItem *parent);
    void setTexts(QTreeWidgetItem *item, const QString &label, const QString &message);
    // Marks the node, selects it and says why in its tooltip; clears earlier marks.
    void markRefused(QTreeWidgetItem *item, const QString &why);
    void clearMarks();

private:
    void fill(QTreeWidgetItem *item, const QJsonObject &node);
    static QJsonObject nodeJson(const QTreeWidgetItem *item, bool withLabel);
    void refreshText(QTreeWidgetItem *item);
};

} // namespace papo::desk
