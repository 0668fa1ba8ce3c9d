#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace papo::desk {

class ChatbotController;
class GroupController;
class ScenarioEditor;

// Settings → Chatbot (BOT-1…4), for admins: the scenarios by name, a new one, delete, and the
// editor of the chosen one. An action starts a scenario (BOT-6).
class ChatbotPage final : public QWidget
{
    Q_OBJECT

public:
    ChatbotPage(ChatbotController *chatbot, GroupController *groups, QWidget *parent = nullptr);

    ScenarioEditor *editor() const { return m_editor; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showList();
    void showSelected();
    void showGroups();
    void deleteSelected();
    qint64 selectedId() const;

    ChatbotController *m_chatbot;
    GroupController *m_groups;
    QListWidget *m_list;
    QPushButton *m_delete;
    ScenarioEditor *m_editor;
    qint64 m_pendingSelection = 0;
};

} // namespace papo::desk
