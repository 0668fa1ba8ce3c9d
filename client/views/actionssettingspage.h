#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSpinBox;

namespace papo::desk {

class ActionController;
class ActionEditor;
class ChatbotController;
class GroupController;
class TeamController;

// Settings → Automatic actions (ACT-1…6), for owners and admins: the actions, each with an
// on/off check box and how often it fired this week; New (blank or from a template: landing,
// complicated, contact, cart page), Duplicate, Delete (after a confirmation); the editor of the
// selected one beside the list.
class ActionsSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    ActionsSettingsPage(ActionController *actions, TeamController *team, GroupController *groups,
                        ChatbotController *chatbot, QWidget *parent = nullptr);

    ActionEditor *editor() const { return m_editor; }
    void selectAction(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showTemplates();
    void showPeople();
    void showSelected();
    void deleteSelected();
    qint64 selectedId() const;
    QWidget *createRules();

    ActionController *m_actions;
    TeamController *m_team;
    GroupController *m_groups;
    ChatbotController *m_chatbot; // the scenarios an action may start (BOT-6)
    QListView *m_list;
    QMenu *m_newMenu;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    ActionEditor *m_editor;
    QSpinBox *m_interval = nullptr;
    QLineEdit *m_timeZone = nullptr;
    qint64 m_pendingSelection = 0;
};

} // namespace papo::desk
