#pragma once

#include "models/reportfilters.h"
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QTabWidget;

namespace papo::desk {

class ChangePasswordDialog;
class Announcer;
class ChatController;
class ConnectionBanner;
class DeskActions;
class ConversationListPane;
class ConversationSearch;
class ConversationView;
class DevicesDialog;
class SettingsDialog;
class SavedRepliesView;
class StatusSelector;
class ReportsView;
class TeamPane;
class VisitorPanel;
class VisitorsView;

// Only arranges: the status selector and account actions on top, the disconnected banner,
// then the tabs: Chats (the search field and the conversation lists on the left, the open
// conversation in the centre, the visitor panel on the right), Visitors online, Saved
// replies and Team; the menus with their shortcuts (DeskActions), the announcer in the
// status bar, and the count of waiting and unread chats in the title.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ChatController *controller, QWidget *parent = nullptr);

    ConversationListPane *conversationList() const { return m_conversationList; }
    ConversationView *conversationView() const { return m_conversationView; }
    VisitorPanel *visitorPanel() const { return m_visitorPanel; }
    VisitorsView *visitorsView() const { return m_visitorsView; }
    ConversationSearch *conversationSearch() const { return m_search; }
    SavedRepliesView *savedRepliesView() const { return m_savedRepliesView; }
    TeamPane *teamPane() const { return m_teamPane; }
    ReportsView *reportsView() const { return m_reportsView; }
    // A papo://reports link (REP-2): the Reports tab, showing what the link names.
    void openReport(const ReportFilters &filters);
    QTabWidget *mainTabs() const { return m_tabs; }
    ConnectionBanner *connectionBanner() const { return m_banner; }
    StatusSelector *statusSelector() const { return m_statusSelector; }
    // The keyboard shortcuts (Chat, View and Help menus, F1's sheet).
    DeskActions *deskActions() const { return m_deskActions; }
    // Status changes and new messages for screen readers.
    Announcer *announcer() const { return m_announcer; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    // Shown to owners and admins only; opens the settings window.
    QAction *settingsAction() const { return m_settingsAction; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    void showSettings();
    // Papo → Change password… and My devices…; each created when first opened.
    ChangePasswordDialog *changePasswordDialog() const { return m_changePasswordDialog; }
    DevicesDialog *devicesDialog() const { return m_devicesDialog; }
    void showChangePassword();
    void showDevices();
    // With a tray icon, closing the window only hides it.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }

signals:
    void logoutRequested();
    void workingHoursRequested();
    void preferencesRequested();
    void quitRequested();
    void activeChanged(bool active);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void updateVisitorsTabTitle();
    void createSettingsAction(QMenu *menu, QToolBar *toolBar, QAction *before);
    void createAccountActions(QMenu *menu);
    void connectGroups();
    void updateGroupChoices();
    QWidget *createLeftColumn();
    void updateConversationOnScreen();
    void updateWindowTitle();
    void arrangeTabOrder();

    ChatController *m_controller;
    ConnectionBanner *m_banner;
    ConversationListPane *m_conversationList;
    ConversationView *m_conversationView;
    VisitorPanel *m_visitorPanel;
    VisitorsView *m_visitorsView;
    ConversationSearch *m_search;
    SavedRepliesView *m_savedRepliesView;
    TeamPane *m_teamPane;
    ReportsView *m_reportsView;
    QTabWidget *m_tabs;
    StatusSelector *m_statusSelector = nullptr;
    QLabel *m_operatorName = nullptr;
    bool m_hideOnClose = false;
    QAction *m_settingsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    DeskActions *m_deskActions = nullptr;
    Announcer *m_announcer = nullptr;
    SettingsDialog *m_settingsDialog = nullptr; // created when first opened
    ChangePasswordDialog *m_changePasswordDialog = nullptr;
    DevicesDialog *m_devicesDialog = nullptr;
};

} // namespace papo::desk
