#include "actionssettingspage.h"

#include "actioneditor.h"
#include "tones.h"

#include "app/actioncontroller.h"
#include "app/chatbotcontroller.h"
#include "app/groupcontroller.h"
#include "app/teamcontroller.h"
#include "models/actionmodel.h"
#include "models/groupmodel.h"
#include "models/teammodel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace papo::desk {

ActionsSettingsPage::ActionsSettingsPage(ActionController *actions, TeamController *team,
                                         GroupController *groups, ChatbotController *chatbot,
                                         QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_team(team)
    , m_groups(groups)
    , m_chatbot(chatbot)
    , m_list(new QListView(this))
    , m_newMenu(new QMenu(this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_editor(new ActionEditor(this))
{
    setObjectName(QStringLiteral("actionsSettingsPage"));
    auto *intro = new QLabel(tr("Greet the right visitor at the right moment: each action fires "
                                "when all its conditions hold. Targeted messages never interrupt "
                                "a chat and reach a visitor at most once every few minutes."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    Tones::setTone(intro, Tones::Tone::Muted);

    m_list->setObjectName(QStringLiteral("actionList"));
    m_list->setModel(actions->actions());
    m_list->setMinimumWidth(240);
    m_list->setAccessibleName(tr("Automatic actions"));
    auto *newButton = new QPushButton(tr("New action"), this);
    newButton->setObjectName(QStringLiteral("newActionButton"));
    newButton->setMenu(m_newMenu);
    m_duplicate->setObjectName(QStringLiteral("duplicateActionButton"));
    m_delete->setObjectName(QStringLiteral("deleteActionButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_duplicate);
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
    layout->addWidget(createRules());

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionsSettingsPage::showSelected);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (selectedId() > 0)
            m_actions->duplicate(selectedId());
    });
    connect(m_delete, &QPushButton::clicked, this, &ActionsSettingsPage::deleteSelected);
    connect(m_editor, &ActionEditor::saveRequested, m_actions, &ActionController::save);
    connect(m_actions, &ActionController::failed, m_editor, &ActionEditor::showError);
    connect(m_actions, &ActionController::saved, this,
            [this](qint64 id) { m_pendingSelection = id; });
    connect(m_actions, &ActionController::loaded, this, [this] {
        if (m_pendingSelection > 0) {
            selectAction(m_pendingSelection);
            m_pendingSelection = 0;
        }
        m_duplicate->setEnabled(selectedId() > 0);
        m_delete->setEnabled(selectedId() > 0);
    });
    connect(m_actions, &ActionController::templatesLoaded, this,
            &ActionsSettingsPage::showTemplates);
    connect(m_team, &TeamController::teamChanged, this, &ActionsSettingsPage::showPeople);
    connect(m_groups, &GroupController::groupsLoaded, this, &ActionsSettingsPage::showPeople);
    connect(m_chatbot, &ChatbotController::loaded, this,
            [this] { m_editor->setScenarios(m_chatbot->scenarios()); });
    m_chatbot->refresh();
    showTemplates();
    showPeople();
    m_duplicate->setEnabled(false);
    m_delete->setEnabled(false);
}

QWidget *ActionsSettingsPage::createRules()
{
    auto *rules = new QWidget(this);
    m_interval = new QSpinBox(rules);
    m_interval->setObjectName(QStringLiteral("actionIntervalSpin"));
    m_interval->setRange(0, 1440);
    m_interval->setSuffix(tr(" min"));
    m_timeZone = new QLineEdit(rules);
    m_timeZone->setObjectName(QStringLiteral("actionTimeZoneEdit"));
    m_timeZone->setPlaceholderText(QStringLiteral("America/Sao_Paulo"));
    m_timeZone->setMinimumWidth(180);
    QStringList zones;
    const auto ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        zones << QString::fromLatin1(id);
    auto *completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timeZone->setCompleter(completer);
    auto *save = new QPushButton(tr("Save rules"), rules);
    save->setObjectName(QStringLiteral("saveActionRulesButton"));
    connect(save, &QPushButton::clicked, this,
            [this] { m_actions->saveRules(m_interval->value() * 60, m_timeZone->text()); });
    connect(m_actions, &ActionController::rulesLoaded, this, [this] {
        m_interval->setValue(m_actions->intervalSeconds() / 60);
        m_timeZone->setText(m_actions->timeZone());
    });
    auto *row = new QHBoxLayout(rules);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("At most one targeted message per visitor every"), rules));
    row->addWidget(m_interval);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Time zone for days and times:"), rules));
    row->addWidget(m_timeZone, 1);
    row->addWidget(save);
    return rules;
}

void ActionsSettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_actions->refresh();
    m_actions->loadTemplates(QLocale().name());
}

void ActionsSettingsPage::showTemplates()
{
    m_newMenu->clear();
    m_newMenu
        ->addAction(tr("Blank action"), this,
                    [this] {
                        m_list->clearSelection();
                        m_list->setCurrentIndex({});
                        m_editor->edit({});
                    })
        ->setObjectName(QStringLiteral("newBlankAction"));
    const QJsonArray templates = m_actions->templates();
    if (!templates.isEmpty())
        m_newMenu->addSeparator();
    for (const QJsonValue &value : templates) {
        const QJsonObject action = value.toObject();
        m_newMenu
            ->addAction(tr("From template: %1").arg(action.value(QLatin1String("name")).toString()),
                        this,
                        [this, action] {
                            m_list->setCurrentIndex({});
                            m_editor->edit(action);
                        })
            ->setObjectName(QStringLiteral("newActionFrom_%1")
                                .arg(action.value(QLatin1String("template")).toString()));
    }
}

void ActionsSettingsPage::showPeople()
{
    QList<QPair<qint64, QString>> operators;
    const TeamModel *members = m_team->members();
    for (int row = 0; row < members->rowCount(); ++row) {
        const QModelIndex index = members->index(row, 0);
        if (index.data(TeamModel::ActiveRole).toBool())
            operators.append({index.data(TeamModel::IdRole).toLongLong(), index.data().toString()});
    }
    QList<QPair<qint64, QString>> groups;
    for (const ChatGroup &group : m_groups->groups()->groups())
        groups.append({group.id, group.name});
    m_editor->setPeople(operators, groups);
}

void ActionsSettingsPage::showSelected()
{
    const qint64 id = selectedId();
    m_duplicate->setEnabled(id > 0);
    m_delete->setEnabled(id > 0);
    if (id > 0)
        m_editor->edit(m_actions->actions()->action(id));
}

void ActionsSettingsPage::selectAction(qint64 id)
{
    const int row = m_actions->actions()->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_actions->actions()->index(row));
}

qint64 ActionsSettingsPage::selectedId() const
{
    return m_list->currentIndex().data(ActionModel::IdRole).toLongLong();
}

void ActionsSettingsPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString name = m_actions->actions()->action(id).value(QLatin1String("name")).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete action"),
                    tr("Delete the action \"%1\"? Its firings stay in the reports.").arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_actions->remove(id);
    m_editor->edit({});
}

} // namespace papo::desk
