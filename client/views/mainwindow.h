#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace papo::desk {

class ChatController;
class ConnectionBanner;
class ConversationListPane;
class ConversationView;
class StatusSelector;
class TeamPane;
class VisitorPanel;
class VisitorsView;

// Only arranges: the status selector and account actions on top, the disconnected banner,
// then two tabs: Chats (the conversation lists on the left, the open conversation in the
// centre, the visitor panel on the right) and Visitors online.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ChatController *controller, QWidget *parent = nullptr);

    ConversationListPane *conversationList() const { return m_conversationList; }
    ConversationView *conversationView() const { return m_conversationView; }
    VisitorPanel *visitorPanel() const { return m_visitorPanel; }
    VisitorsView *visitorsView() const { return m_visitorsView; }
    TeamPane *teamPane() const { return m_teamPane; }
    QTabWidget *mainTabs() const { return m_tabs; }
    ConnectionBanner *connectionBanner() const { return m_banner; }
    StatusSelector *statusSelector() const { return m_statusSelector; }
    // With a tray icon, closing the window only hides it.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }

signals:
    void logoutRequested();
    void quitRequested();
    void activeChanged(bool active);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void updateVisitorsTabTitle();

    ChatController *m_controller;
    ConnectionBanner *m_banner;
    ConversationListPane *m_conversationList;
    ConversationView *m_conversationView;
    VisitorPanel *m_visitorPanel;
    VisitorsView *m_visitorsView;
    TeamPane *m_teamPane;
    QTabWidget *m_tabs;
    StatusSelector *m_statusSelector = nullptr;
    QLabel *m_operatorName = nullptr;
    bool m_hideOnClose = false;
};

} // namespace papo::desk
