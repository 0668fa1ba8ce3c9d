#include "scenarioeditor.h"

#include "scenariotree.h"
#include "tones.h"

#include "app/chatbotcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace papo::desk {

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_tree(new ScenarioTree(this))
    , m_label(new QLineEdit(this))
    , m_message(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioEditor"));
    m_name->setObjectName(QStringLiteral("scenarioNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("Sales or support?"));
    m_group->setObjectName(QStringLiteral("handOverGroupCombo"));
    m_label->setObjectName(QStringLiteral("replyLabelEdit"));
    m_label->setMaxLength(80);
    m_label->setPlaceholderText(tr("The button the visitor presses"));
    m_message->setObjectName(QStringLiteral("botMessageEdit"));
    m_message->setMaximumHeight(90);
    m_message->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("scenarioPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *save = new QPushButton(tr("Save scenario"), this);
    save->setObjectName(QStringLiteral("saveScenarioButton"));
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, [this] { emit saveRequested(scenario()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("A person who takes over is from:"), m_group);
    auto *node = new QFormLayout;
    node->addRow(tr("Visitor's reply:"), m_label);
    node->addRow(tr("Bot's message:"), m_message);
    node->addRow(tr("The visitor sees:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addWidget(createNodeButtons());
    layout->addLayout(node);
    layout->addWidget(createEndMessage());
    layout->addWidget(m_status);
    layout->addWidget(save, 0, Qt::AlignRight);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showNode(item); });
    connect(m_label, &QLineEdit::textEdited, this, &ScenarioEditor::nodeEdited);
    connect(m_message, &QPlainTextEdit::textChanged, this, &ScenarioEditor::nodeEdited);
    setGroups({});
    edit({});
}

QWidget *ScenarioEditor::createNodeButtons()
{
    auto *buttons = new QWidget(this);
    m_addReply = new QPushButton(tr("+ Add visitor reply"), buttons);
    m_addReply->setObjectName(QStringLiteral("addReplyButton"));
    m_deleteBranch = new QPushButton(tr("Delete branch"), buttons);
    m_deleteBranch->setObjectName(QStringLiteral("deleteBranchButton"));
    m_moveUp = new QPushButton(tr("Move up"), buttons);
    m_moveUp->setObjectName(QStringLiteral("moveReplyUpButton"));
    m_moveDown = new QPushButton(tr("Move down"), buttons);
    m_moveDown->setObjectName(QStringLiteral("moveReplyDownButton"));
    connect(m_addReply, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->addReply(item);
        m_label->setFocus();
    });
    connect(m_deleteBranch, &QPushButton::clicked, this, &ScenarioEditor::deleteBranch);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { move(1); });
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_addReply);
    row->addWidget(m_deleteBranch);
    row->addStretch(1);
    row->addWidget(m_moveUp);
    row->addWidget(m_moveDown);
    return buttons;
}

QWidget *ScenarioEditor::createEndMessage()
{
    auto *end = new QWidget(this);
    m_endEnabled = new QCheckBox(tr("When the scenario ends, send:"), end);
    m_endEnabled->setObjectName(QStringLiteral("endMessageCheck"));
    m_endMessage = new QLineEdit(end);
    m_endMessage->setObjectName(QStringLiteral("endMessageEdit"));
    m_endMessage->setMaxLength(1000);
    m_endMessage->setPlaceholderText(tr("Empty: the standard end message, in the visitor's "
                                        "language"));
    connect(m_endEnabled, &QCheckBox::toggled, m_endMessage, &QWidget::setEnabled);
    connect(m_endEnabled, &QCheckBox::toggled, this, &ScenarioEditor::updatePreview);
    connect(m_endMessage, &QLineEdit::textEdited, this, &ScenarioEditor::updatePreview);
    auto *row = new QHBoxLayout(end);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_endEnabled);
    row->addWidget(m_endMessage, 1);
    return end;
}

void ScenarioEditor::setGroups(const QList<QPair<qint64, QString>> &groups)
{
    const qint64 chosen = m_group->currentData().toLongLong();
    m_group->clear();
    m_group->addItem(tr("The whole team"), qint64(0));
    for (const auto &[id, name] : groups)
        m_group->addItem(tr("Group %1").arg(name), id);
    m_group->setCurrentIndex(qMax(0, m_group->findData(chosen)));
}

void ScenarioEditor::edit(const QJsonObject &scenario)
{
    m_id = scenario.value(QLatin1String("id")).toInteger();
    m_name->setText(scenario.value(QLatin1String("name")).toString());
    m_group->setCurrentIndex(
        qMax(0, m_group->findData(scenario.value(QLatin1String("groupId")).toInteger())));
    m_endEnabled->setChecked(scenario.value(QLatin1String("endMessageEnabled")).toBool(true));
    m_endMessage->setEnabled(m_endEnabled->isChecked());
    m_endMessage->setText(scenario.value(QLatin1String("endMessage")).toString());
    m_tree->setStart(scenario.value(QLatin1String("start")).toObject());
    m_status->hide();
}

QJsonObject ScenarioEditor::scenario() const
{
    QJsonObject scenario{{QLatin1String("name"), m_name->text()},
                         {QLatin1String("groupId"), m_group->currentData().toLongLong()},
                         {QLatin1String("endMessageEnabled"), m_endEnabled->isChecked()},
                         {QLatin1String("endMessage"), m_endMessage->text()},
                         {QLatin1String("start"), m_tree->start()}};
    if (m_id > 0)
        scenario.insert(QLatin1String("id"), m_id);
    return scenario;
}

void ScenarioEditor::showNode(QTreeWidgetItem *item)
{
    const bool reply = item && item->parent();
    m_showingNode = true;
    m_label->setText(item ? item->data(0, ScenarioTree::LabelRole).toString() : QString());
    m_message->setPlainText(item ? item->data(0, ScenarioTree::MessageRole).toString() : QString());
    m_showingNode = false;
    m_label->setEnabled(reply);
    m_message->setPlaceholderText(reply ? tr("Leave empty to hand the visitor to a person: "
                                             "their reply goes to the team, who is notified.")
                                        : tr("Greet the visitor and ask what they want to do."));
    m_addReply->setEnabled(item != nullptr);
    m_deleteBranch->setEnabled(reply);
    m_moveUp->setEnabled(reply && item->parent()->indexOfChild(item) > 0);
    m_moveDown->setEnabled(
        reply && item->parent()->indexOfChild(item) < item->parent()->childCount() - 1);
    updatePreview();
}

void ScenarioEditor::nodeEdited()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_showingNode || !item)
        return;
    m_tree->setTexts(item, m_label->text(), m_message->toPlainText());
    updatePreview();
}

void ScenarioEditor::deleteBranch()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return;
    QTreeWidgetItem *parent = item->parent();
    delete item;
    m_tree->setCurrentItem(parent);
}

void ScenarioEditor::move(int by)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    QTreeWidgetItem *parent = item ? item->parent() : nullptr;
    if (!parent)
        return;
    const int to = parent->indexOfChild(item) + by;
    if (to < 0 || to >= parent->childCount())
        return;
    const bool expanded = item->isExpanded();
    parent->insertChild(to, parent->takeChild(parent->indexOfChild(item)));
    item->setExpanded(expanded);
    m_tree->setCurrentItem(item);
}

void ScenarioEditor::updatePreview()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_preview->clear();
        return;
    }
    const QString message = item->data(0, ScenarioTree::MessageRole).toString().trimmed();
    QStringList lines;
    if (item->parent())
        lines << tr("Visitor: %1").arg(item->data(0, ScenarioTree::LabelRole).toString());
    if (item->parent() && message.isEmpty()) {
        lines << tr("(A person takes over: the reply goes to the team, who is notified.)");
    } else {
        lines << tr("Bot: %1").arg(message);
        QStringList buttons;
        for (int i = 0; i < item->childCount(); ++i)
            buttons << QStringLiteral("[ %1 ]").arg(
                item->child(i)->data(0, ScenarioTree::LabelRole).toString());
        if (!buttons.isEmpty()) {
            lines << buttons.join(QLatin1Char(' '));
        } else {
            if (m_endEnabled->isChecked())
                lines << tr("Bot: %1").arg(m_endMessage->text().isEmpty()
                                               ? tr("(the standard end message)")
                                               : m_endMessage->text());
            lines << QStringLiteral("[ %1 ]").arg(tr("Start again"));
        }
    }
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

void ScenarioEditor::showRefusal(const ScenarioRefusal &refusal)
{
    if (refusal.node) {
        if (QTreeWidgetItem *item = m_tree->itemAt(*refusal.node))
            m_tree->markRefused(item, refusal.text);
    }
    showStatus(refusal.text, true);
}

void ScenarioEditor::showSaved(qint64 id)
{
    m_id = id;
    m_tree->clearMarks();
    showStatus(tr("Saved."), false);
}

void ScenarioEditor::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    Tones::setTone(m_status, error ? Tones::Tone::Error : Tones::Tone::Muted);
    m_status->show();
}

QString ScenarioEditor::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

} // namespace papo::desk
