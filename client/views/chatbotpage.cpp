#include "chatbotpage.h"

#include "scenarioeditor.h"
#include "tones.h"

#include "app/chatbotcontroller.h"
#include "app/groupcontroller.h"
#include "models/groupmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace papo::desk {

ChatbotPage::ChatbotPage(ChatbotController *chatbot, GroupController *groups, QWidget *parent)
    : QWidget(parent)
    , m_chatbot(chatbot)
    , m_groups(groups)
    , m_list(new QListWidget(this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_editor(new ScenarioEditor(this))
{
    setObjectName(QStringLiteral("chatbotPage"));
    auto *intro = new QLabel(tr("The bot greets visitors and offers replies to choose from; "
                                "each reply leads to the bot's next message, or hands the "
                                "visitor to a person. An automatic action starts a scenario."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    Tones::setTone(intro, Tones::Tone::Muted);

    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setMinimumWidth(200);
    m_list->setAccessibleName(tr("Chatbot scenarios"));
    auto *newButton = new QPushButton(tr("New scenario"), this);
    newButton->setObjectName(QStringLiteral("newScenarioButton"));
    m_delete->setObjectName(QStringLiteral("deleteScenarioButton"));
    m_delete->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_editor->edit({});
    });
    connect(m_delete, &QPushButton::clicked, this, &ChatbotPage::deleteSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChatbotPage::showSelected);
    connect(m_editor, &ScenarioEditor::saveRequested, m_chatbot, &ChatbotController::save);
    connect(m_chatbot, &ChatbotController::refused, m_editor, &ScenarioEditor::showRefusal);
    connect(m_chatbot, &ChatbotController::saved, this, [this](qint64 id) {
        m_pendingSelection = id;
        m_editor->showSaved(id);
    });
    connect(m_chatbot, &ChatbotController::loaded, this, &ChatbotPage::showList);
    connect(m_groups, &GroupController::groupsLoaded, this, &ChatbotPage::showGroups);
    showGroups();
}

void ChatbotPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_chatbot->refresh();
}

void ChatbotPage::showList()
{
    // The one being edited stays selected (or the one just saved), without reloading it.
    const qint64 keep = m_pendingSelection > 0 ? m_pendingSelection : m_editor->scenarioId();
    m_pendingSelection = 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QJsonObject &scenario : m_chatbot->scenarios()) {
        auto *item = new QListWidgetItem(scenario.value(QLatin1String("name")).toString(), m_list);
        const qint64 id = scenario.value(QLatin1String("id")).toInteger();
        item->setData(Qt::UserRole, id);
        if (id == keep)
            m_list->setCurrentItem(item);
    }
    if (keep > 0 && selectedId() == keep && m_editor->scenarioId() != keep)
        m_editor->edit(*m_chatbot->scenario(keep));
    m_delete->setEnabled(selectedId() > 0);
}

void ChatbotPage::showSelected()
{
    const qint64 id = selectedId();
    m_delete->setEnabled(id > 0);
    if (const auto scenario = m_chatbot->scenario(id))
        m_editor->edit(*scenario);
}

void ChatbotPage::showGroups()
{
    QList<QPair<qint64, QString>> groups;
    for (const ChatGroup &group : m_groups->groups()->groups())
        groups.append({group.id, group.name});
    m_editor->setGroups(groups);
}

qint64 ChatbotPage::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ChatbotPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete scenario"),
                    tr("Delete the scenario \"%1\"?").arg(m_list->currentItem()->text()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_chatbot->remove(id);
    m_editor->edit({});
}

} // namespace papo::desk
