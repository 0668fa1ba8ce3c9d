#include "groupssettingspage.h"
#include "tones.h"

#include "app/groupcontroller.h"
#include "app/teamcontroller.h"
#include "app/websitesettingscontroller.h"
#include "models/groupmodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
constexpr int MaxNameChars = 60;
} // namespace

GroupsSettingsPage::GroupsSettingsPage(GroupController *groups, TeamController *team,
                                       WebsiteSettingsController *websites, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_team(team)
    , m_websites(websites)
    , m_websiteGroups(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("groupsSettingsPage"));
    m_websiteGroups->setSourceModel(groups->groups());
    m_websiteGroups->setFilterRole(GroupModel::WebsiteIdRole);

    m_website = new QComboBox(this);
    m_website->setObjectName(QStringLiteral("groupsWebsiteCombo"));
    auto *websiteRow = new QHBoxLayout;
    auto *websiteLabel = new QLabel(tr("Website:"), this);
    websiteRow->addWidget(websiteLabel);
    websiteRow->addWidget(m_website, 1);
    // Most teams have one website: the choice shows only when there are several.
    connect(m_websites, &WebsiteSettingsController::websitesLoaded, this, [=, this] {
        showWebsites();
        websiteLabel->setVisible(m_website->count() > 1);
        m_website->setVisible(m_website->count() > 1);
    });
    connect(m_website, &QComboBox::currentIndexChanged, this, [this] {
        m_websiteGroups->setFilterRegularExpression(QStringLiteral("^%1$").arg(websiteId()));
        m_updating = true;
        const auto website = m_websites->websites().value(m_website->currentIndex());
        m_ask->setChecked(website.askGroup);
        m_notSure->setChecked(website.groupNotSure);
        m_notSure->setEnabled(website.askGroup);
        m_updating = false;
        showCurrentGroup();
    });

    auto *intro = new QLabel(tr("A chat that belongs to a group reaches only its operators; "
                                "chats without a group reach everyone. Owners and admins see "
                                "every chat."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    Tones::setTone(intro, Tones::Tone::Muted);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createGroupList(), 0);
    columns->addWidget(createGroupDetails(), 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("groupsErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    Tones::setTone(m_error, Tones::Tone::Error);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(websiteRow);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(createQuestionBox());
    layout->addWidget(m_error);

    connect(m_groups, &GroupController::groupsLoaded, this, [this] {
        if (m_pendingSelection > 0 && m_groups->groups()->find(m_pendingSelection)) {
            selectGroup(m_pendingSelection);
            m_pendingSelection = 0;
        }
        showCurrentGroup();
    });
    connect(m_groups, &GroupController::saved, this, [this](qint64 groupId) {
        m_error->hide();
        if (m_groups->groups()->find(groupId))
            selectGroup(groupId);
        else
            m_pendingSelection = groupId; // listed with the next `groups` event
    });
    connect(m_groups, &GroupController::failed, this, &GroupsSettingsPage::showError);
    connect(m_team, &TeamController::teamChanged, this, &GroupsSettingsPage::showMembers);
    connect(m_websites, &WebsiteSettingsController::saveFailed, this,
            &GroupsSettingsPage::showError);
    showWebsites();
    websiteLabel->setVisible(m_website->count() > 1);
    m_website->setVisible(m_website->count() > 1);
    showCurrentGroup();
}

QWidget *GroupsSettingsPage::createGroupList()
{
    auto *box = new QGroupBox(tr("Groups"), this);
    m_list = new QListView(box);
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setModel(m_websiteGroups);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Groups"));
    m_list->setMinimumWidth(200);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GroupsSettingsPage::showCurrentGroup);
    connect(m_websiteGroups, &QAbstractItemModel::modelReset, this,
            &GroupsSettingsPage::showCurrentGroup);

    m_newName = new QLineEdit(box);
    m_newName->setObjectName(QStringLiteral("newGroupNameEdit"));
    m_newName->setPlaceholderText(tr("New group, e.g. Sales"));
    m_newName->setMaxLength(MaxNameChars);
    m_add = new QPushButton(tr("Add"), box);
    m_add->setObjectName(QStringLiteral("addGroupButton"));
    m_add->setEnabled(false);
    connect(m_newName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_newName, &QLineEdit::returnPressed, this, &GroupsSettingsPage::addGroup);
    connect(m_add, &QPushButton::clicked, this, &GroupsSettingsPage::addGroup);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    return box;
}

QWidget *GroupsSettingsPage::createGroupDetails()
{
    m_details = new QGroupBox(tr("The group"), this);
    m_name = new QLineEdit(m_details);
    m_name->setObjectName(QStringLiteral("groupNameEdit"));
    m_name->setMaxLength(MaxNameChars);
    m_key = new QLineEdit(m_details);
    m_key->setObjectName(QStringLiteral("groupKeyEdit"));
    m_key->setMaxLength(64);
    m_key->setToolTip(tr("What pages name the group by: lower-case letters, digits, - and _"));
    m_save = new QPushButton(tr("Save"), m_details);
    m_save->setObjectName(QStringLiteral("saveGroupButton"));
    m_delete = new QPushButton(tr("Delete group…"), m_details);
    m_delete->setObjectName(QStringLiteral("deleteGroupButton"));
    connect(m_save, &QPushButton::clicked, this, &GroupsSettingsPage::saveGroup);
    connect(m_name, &QLineEdit::returnPressed, this, &GroupsSettingsPage::saveGroup);
    connect(m_key, &QLineEdit::returnPressed, this, &GroupsSettingsPage::saveGroup);
    connect(m_delete, &QPushButton::clicked, this, &GroupsSettingsPage::deleteGroup);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);

    m_members = new QListWidget(m_details);
    m_members->setObjectName(QStringLiteral("groupMembersList"));
    m_members->setAccessibleName(tr("Operators of the group"));
    connect(m_members, &QListWidget::itemChanged, this, &GroupsSettingsPage::saveMembers);

    // The line that sends a page's visitors to the group (GRP-2).
    m_snippet = new QLineEdit(m_details);
    m_snippet->setObjectName(QStringLiteral("groupSnippetEdit"));
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(tr("Copy"), m_details);
    m_copy->setObjectName(QStringLiteral("copyGroupSnippetButton"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_snippet->text()); });
    auto *snippetRow = new QHBoxLayout;
    snippetRow->addWidget(m_snippet, 1);
    snippetRow->addWidget(m_copy);
    auto *snippetHint = new QLabel(tr("On the pages whose visitors this group answers, put this "
                                      "line before the widget's snippet:"),
                                   m_details);
    snippetHint->setTextFormat(Qt::PlainText);
    snippetHint->setWordWrap(true);
    Tones::setTone(snippetHint, Tones::Tone::Muted);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Key (PapoGroupID)"), m_key);
    auto *layout = new QVBoxLayout(m_details);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Operators"), m_details));
    layout->addWidget(m_members, 1);
    layout->addWidget(snippetHint);
    layout->addLayout(snippetRow);
    return m_details;
}

QWidget *GroupsSettingsPage::createQuestionBox()
{
    // GRP-3, per website.
    auto *box = new QGroupBox(tr("The visitor chooses"), this);
    m_ask = new QCheckBox(tr("Ask visitors without a group to choose one with their first "
                             "message"),
                          box);
    m_ask->setObjectName(QStringLiteral("askGroupCheck"));
    m_notSure = new QCheckBox(tr("Offer \"Not sure\": the chat then reaches every online "
                                 "operator"),
                              box);
    m_notSure->setObjectName(QStringLiteral("groupNotSureCheck"));
    auto *hint = new QLabel(tr("Not asked while no group has an operator online, nor of visitors "
                               "who already have a group."),
                            box);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    Tones::setTone(hint, Tones::Tone::Muted);
    connect(m_ask, &QCheckBox::toggled, this, &GroupsSettingsPage::saveQuestion);
    connect(m_notSure, &QCheckBox::toggled, this, &GroupsSettingsPage::saveQuestion);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_ask);
    layout->addWidget(m_notSure);
    layout->addWidget(hint);
    return box;
}

void GroupsSettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_websites->refresh(); // the question's settings as the server keeps them
}

qint64 GroupsSettingsPage::websiteId() const
{
    return m_website->currentData().toLongLong();
}

qint64 GroupsSettingsPage::currentGroupId() const
{
    return m_list->currentIndex().data(GroupModel::IdRole).toLongLong();
}

void GroupsSettingsPage::selectGroup(qint64 groupId)
{
    for (int row = 0; row < m_websiteGroups->rowCount(); ++row) {
        const QModelIndex index = m_websiteGroups->index(row, 0);
        if (index.data(GroupModel::IdRole).toLongLong() == groupId)
            m_list->setCurrentIndex(index);
    }
}

void GroupsSettingsPage::showWebsites()
{
    const qint64 shown = websiteId();
    m_website->clear();
    for (const WebsiteSettings &website : m_websites->websites())
        m_website->addItem(website.name, website.id);
    m_website->setCurrentIndex(qMax(0, m_website->findData(shown)));
    m_ask->setEnabled(m_website->count() > 0);
}

void GroupsSettingsPage::showCurrentGroup()
{
    const ChatGroup *group = m_groups->groups()->find(currentGroupId());
    m_details->setEnabled(group != nullptr);
    m_updating = true;
    m_name->setText(group ? group->name : QString());
    m_key->setText(group ? group->key : QString());
    m_snippet->setText(group ? group->snippetLine() : QString());
    m_snippet->setCursorPosition(0);
    m_updating = false;
    showMembers();
}

void GroupsSettingsPage::showMembers()
{
    const ChatGroup *group = m_groups->groups()->find(currentGroupId());
    m_updating = true;
    m_members->clear();
    const TeamModel *team = m_team->members();
    for (int row = 0; row < team->rowCount(); ++row) {
        const QModelIndex index = team->index(row, 0);
        const qint64 id = index.data(TeamModel::IdRole).toLongLong();
        if (!index.data(TeamModel::ActiveRole).toBool() && !(group && group->hasMember(id)))
            continue;
        auto *item = new QListWidgetItem(index.data(Qt::DisplayRole).toString(), m_members);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(group && group->hasMember(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void GroupsSettingsPage::addGroup()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty())
        return;
    m_error->hide();
    m_newName->clear();
    m_groups->create(name);
}

void GroupsSettingsPage::saveGroup()
{
    const qint64 groupId = currentGroupId();
    if (groupId <= 0 || m_name->text().trimmed().isEmpty())
        return;
    m_error->hide();
    m_groups->rename(groupId, m_name->text(), m_key->text());
}

void GroupsSettingsPage::deleteGroup()
{
    const ChatGroup *group = m_groups->groups()->find(currentGroupId());
    if (!group)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete group"),
        tr("Delete the group \"%1\"? Its chats stay and reach every operator.").arg(group->name));
    if (answer == QMessageBox::Yes)
        m_groups->remove(group->id);
}

void GroupsSettingsPage::saveMembers()
{
    const qint64 groupId = currentGroupId();
    if (m_updating || groupId <= 0)
        return;
    QList<qint64> members;
    for (int row = 0; row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked)
            members.append(m_members->item(row)->data(Qt::UserRole).toLongLong());
    }
    m_error->hide();
    m_groups->setMembers(groupId, members);
}

void GroupsSettingsPage::saveQuestion()
{
    m_notSure->setEnabled(m_ask->isChecked());
    if (m_updating || websiteId() <= 0)
        return;
    m_websites->saveGroupQuestion(websiteId(), m_ask->isChecked(), m_notSure->isChecked());
}

void GroupsSettingsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace papo::desk
