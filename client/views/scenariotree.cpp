#include "scenariotree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QStyle>
#include <QTreeWidgetItemIterator>

namespace papo::desk {

ScenarioTree::ScenarioTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("scenarioTree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setWordWrap(true);
    setAccessibleName(tr("Scenario"));
    setStart({});
}

void ScenarioTree::setStart(const QJsonObject &start)
{
    clear();
    auto *item = new QTreeWidgetItem(this);
    fill(item, start);
    expandAll();
    setCurrentItem(item);
}

void ScenarioTree::fill(QTreeWidgetItem *item, const QJsonObject &node)
{
    setTexts(item, node.value(QLatin1String("label")).toString(),
             node.value(QLatin1String("message")).toString());
    const QJsonArray replies = node.value(QLatin1String("replies")).toArray();
    for (const QJsonValue &reply : replies)
        fill(new QTreeWidgetItem(item), reply.toObject());
}

QJsonObject ScenarioTree::start() const
{
    return top() ? nodeJson(top(), false) : QJsonObject();
}

QJsonObject ScenarioTree::nodeJson(const QTreeWidgetItem *item, bool withLabel)
{
    QJsonArray replies;
    for (int i = 0; i < item->childCount(); ++i)
        replies.append(nodeJson(item->child(i), true));
    QJsonObject node{{QLatin1String("message"), item->data(0, MessageRole).toString()},
                     {QLatin1String("replies"), replies}};
    if (withLabel)
        node.insert(QLatin1String("label"), item->data(0, LabelRole).toString());
    return node;
}

QTreeWidgetItem *ScenarioTree::itemAt(const QList<int> &path) const
{
    QTreeWidgetItem *item = top();
    for (int index : path) {
        if (!item || index < 0 || index >= item->childCount())
            return nullptr;
        item = item->child(index);
    }
    return item;
}

QTreeWidgetItem *ScenarioTree::addReply(QTreeWidgetItem *parent)
{
    auto *reply = new QTreeWidgetItem(parent);
    setTexts(reply, {}, {});
    parent->setExpanded(true);
    setCurrentItem(reply);
    return reply;
}

void ScenarioTree::setTexts(QTreeWidgetItem *item, const QString &label, const QString &message)
{
    item->setData(0, LabelRole, label);
    item->setData(0, MessageRole, message);
    refreshText(item);
}

void ScenarioTree::refreshText(QTreeWidgetItem *item)
{
    const QString message = item->data(0, MessageRole).toString().simplified();
    if (!item->parent()) {
        item->setText(0, message.isEmpty() ? tr("Bot: (write the first message)")
                                           : tr("Bot: %1").arg(message));
        return;
    }
    const QString label = item->data(0, LabelRole).toString().simplified();
    const QString reply = label.isEmpty() ? tr("(write the visitor's reply)") : label;
    item->setText(0, message.isEmpty() ? tr("Visitor: %1 → a person takes over").arg(reply)
                                       : tr("Visitor: %1 → Bot: %2").arg(reply, message));
}

void ScenarioTree::markRefused(QTreeWidgetItem *item, const QString &why)
{
    clearMarks();
    item->setData(0, RefusedRole, true);
    item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setToolTip(0, why);
    setCurrentItem(item);
    scrollToItem(item);
}

void ScenarioTree::clearMarks()
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (!(*it)->data(0, RefusedRole).toBool())
            continue;
        (*it)->setData(0, RefusedRole, false);
        (*it)->setIcon(0, QIcon());
        (*it)->setToolTip(0, {});
    }
}

} // namespace papo::desk
