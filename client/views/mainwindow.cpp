#include "mainwindow.h"

#include "actionssettingspage.h"
#include "announcer.h"
#include "app/accountcontroller.h"
#include "app/chatbotcontroller.h"
#include "app/chatcontroller.h"
#include "app/conversationactions.h"
#include "app/groupcontroller.h"
#include "app/helpscoutcontroller.h"
#include "app/reportcontroller.h"
#include "app/teamcontroller.h"
#include "app/visitorcontroller.h"
#include "changepassworddialog.h"
#include "chatbotpage.h"
#include "connectionbanner.h"
#include "contactformpage.h"
#include "contactformstatus.h"
#include "conversationlistpane.h"
#include "conversationsearch.h"
#include "conversationview.h"
#include "deliveriespage.h"
#include "deskactions.h"
#include "devicesdialog.h"
#include "emailsettingspage.h"
#include "groupssettingspage.h"
#include "helpscoutpage.h"
#include "integrationspage.h"
#include "models/chatcounts.h"
#include "models/conversationfiltermodel.h"
#include "models/groupmodel.h"
#include "models/visitorlistmodel.h"
#include "reportsview.h"
#include "savedrepliesview.h"
#include "settingsdialog.h"
#include "statusselector.h"
#include "teampane.h"
#include "visitorgroupbox.h"
#include "visitorpanel.h"
#include "visitorsview.h"
#include "widgetsettingspage.h"

#include <QAction>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace papo::desk {

MainWindow::MainWindow(ChatController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_banner(new ConnectionBanner(this))
    , m_conversationList(new ConversationListPane(controller->queue(), controller->mine(),
                                                  controller->closed(), this))
    , m_conversationView(new ConversationView(controller, this))
    , m_visitorPanel(new VisitorPanel(controller->visitors(), this))
    , m_visitorsView(new VisitorsView(controller->visitors(), this))
    , m_search(new ConversationSearch(controller->actions(), this))
    , m_savedRepliesView(new SavedRepliesView(controller->savedReplies(), this))
    , m_teamPane(new TeamPane(controller->team(), this))
    , m_reportsView(new ReportsView(new ReportController(controller->connection(), this), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Papo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/papo.svg")));
    resize(1280, 760);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createLeftColumn());
    splitter->addWidget(m_conversationView);
    splitter->addWidget(m_visitorPanel);
    m_visitorPanel->addContactFormStatus(new ContactFormStatus(m_controller->visitors())); // PAN-3
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({300, 660, 320});

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Chats"));
    m_tabs->addTab(m_visitorsView, QString());
    updateVisitorsTabTitle();
    m_tabs->addTab(m_savedRepliesView, tr("Saved replies"));
    m_tabs->addTab(m_teamPane, tr("Team"));
    m_tabs->addTab(m_reportsView, tr("Reports"));
    // REP-1: a report is asked for when the tab is first opened, not at every start.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_reportsView && m_reportsView->report().isEmpty())
            m_reportsView->reload();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createToolBar();
    m_deskActions = new DeskActions(this, controller);
    m_deskActions->addMenus(menuBar());
    m_announcer = new Announcer(controller, this);
    statusBar()->addPermanentWidget(m_announcer);
    connect(controller->counts(), &ChatCounts::changed, this, &MainWindow::updateWindowTitle);
    updateWindowTitle();
    arrangeTabOrder();
    connectGroups();

    connect(m_conversationList, &ConversationListPane::conversationSelected, m_controller,
            &ChatController::openConversation);
    connect(m_conversationList, &ConversationListPane::dismissRequested, m_controller,
            &ChatController::dismissConversation);
    connect(m_controller, &ChatController::openConversationChanged, m_conversationList,
            &ConversationListPane::setCurrentConversation);
    connect(m_visitorPanel, &VisitorPanel::conversationSelected, m_controller,
            &ChatController::openConversation);
    // ACT-7: the chat started from the visitors list opens in the Chats tab.
    connect(m_controller->visitors(), &VisitorController::conversationStarted, this,
            [this] { m_tabs->setCurrentIndex(0); });
    connect(m_controller->visitors()->onlineVisitors(), &VisitorListModel::countsChanged, this,
            &MainWindow::updateVisitorsTabTitle);
    connect(m_controller, &ChatController::connectionStateChanged, m_banner,
            &ConnectionBanner::setConnectionState);
    connect(m_controller, &ChatController::certificateRejected, m_banner,
            &ConnectionBanner::showCertificateProblem);
    connect(m_banner, &ConnectionBanner::reconnectRequested, m_controller,
            &ChatController::reconnectNow);
    connect(m_controller, &ChatController::replyFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Your reply was not sent: %1").arg(reason), 10000);
    });
    connect(m_controller->actions(), &ConversationActions::actionFailed, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 10000); });
    connect(m_controller->helpScout(), &HelpScoutController::exportFinished, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_banner->setConnectionState(m_controller->connectionState());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateConversationOnScreen);
    updateConversationOnScreen();
}

void MainWindow::openReport(const ReportFilters &filters)
{
    m_tabs->setCurrentWidget(m_reportsView);
    m_reportsView->setFilters(filters);
}

void MainWindow::updateWindowTitle()
{
    // The taskbar and window switcher show it while papo-desk is behind other windows.
    const int count = m_controller->counts()->total();
    setWindowTitle(count > 0 ? tr("(%1) Papo").arg(count) : tr("Papo"));
}

void MainWindow::arrangeTabOrder()
{
    // Left to right, top to bottom, as the eye reads the window: the status, the tabs, the
    // search, the group filter and the lists, then the open chat (its own order) and the visitor
    // panel. Tab widgets move with their tab bars: Tab reaching one anywhere else in the chain
    // would hand the focus to its tab bar a second time.
    QWidget::setTabOrder(m_statusSelector, m_tabs);
    QWidget::setTabOrder(m_tabs->tabBar(), m_search->field());
    QWidget::setTabOrder(m_search->field(), m_search->results());
    QWidget::setTabOrder(m_search->results(), m_conversationList->groupFilter());
    QWidget::setTabOrder(m_conversationList->groupFilter(), m_conversationList->tabs());
    QWidget::setTabOrder(m_conversationList->tabs()->tabBar(), m_conversationList->queueView());
    QWidget::setTabOrder(m_conversationList->queueView(), m_conversationList->mineView());
    QWidget::setTabOrder(m_conversationList->mineView(), m_conversationList->closedView());
    QWidget::setTabOrder(m_conversationList->closedView(), m_conversationView->addOperatorButton());
}

void MainWindow::connectGroups()
{
    // GRP-2: the visitor's group in the panel; GRP-1: the lists filtered by group.
    auto *groupBox = new VisitorGroupBox(m_controller->visitors(), m_controller->groups(),
                                         m_controller->team()->members());
    m_visitorPanel->addGroupBox(groupBox, groupBox->combo());
    connect(m_conversationList, &ConversationListPane::groupFilterChosen, m_controller,
            &ChatController::setGroupFilter);
    connect(m_controller->groups(), &GroupController::groupsLoaded, this,
            &MainWindow::updateGroupChoices);
    connect(m_controller, &ChatController::operatorChanged, this, &MainWindow::updateGroupChoices);
}

void MainWindow::updateGroupChoices()
{
    // Owners and admins see every group's chats; operators their own groups' (and those
    // without a group).
    const bool everyGroup = m_controller->me().isAdmin();
    const qint64 me = m_controller->me().id;
    QList<std::pair<qint64, QString>> choices;
    for (const ChatGroup &group : m_controller->groups()->groups()->groups()) {
        if (everyGroup || group.hasMember(me))
            choices.append({group.id, group.name});
    }
    m_conversationList->setGroupChoices(choices);
    m_visitorsView->setGroupChoices(choices);
}

void MainWindow::updateConversationOnScreen()
{
    m_controller->actions()->setConversationOnScreen(isActiveWindow()
                                                     && m_tabs->currentIndex() == 0);
}

QWidget *MainWindow::createLeftColumn()
{
    // CHT-8: search results take the lists' place until the search field is cleared.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_search);
    layout->addWidget(m_conversationList, 1);
    m_search->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_search, &ConversationSearch::resultsShown, this, [this, layout](bool shown) {
        m_conversationList->setVisible(!shown);
        m_search->setSizePolicy(QSizePolicy::Preferred,
                                shown ? QSizePolicy::Expanding : QSizePolicy::Maximum);
        layout->setStretchFactor(m_search, shown ? 1 : 0);
    });
    connect(m_search, &ConversationSearch::conversationSelected, m_controller,
            &ChatController::openConversation);
    return column;
}

void MainWindow::createToolBar()
{
    QMenu *menu = menuBar()->addMenu(tr("&Papo"));
    QAction *logout = menu->addAction(tr("Log &out"));
    logout->setObjectName(QStringLiteral("logoutAction"));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    m_preferencesAction = menu->addAction(tr("&Preferences…"));
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_preferencesAction->setShortcuts(
        preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                 : preferenceKeys);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::preferencesRequested);
    QAction *workingHours = menu->addAction(tr("&Working hours…"));
    workingHours->setObjectName(QStringLiteral("workingHoursAction"));
    connect(workingHours, &QAction::triggered, this, &MainWindow::workingHoursRequested);
    createAccountActions(menu);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QToolBar *toolBar = addToolBar(tr("Status"));
    toolBar->setObjectName(QStringLiteral("statusToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);

    m_statusSelector = new StatusSelector(toolBar);
    m_statusSelector->setStatus(m_controller->status());
    connect(m_statusSelector, &StatusSelector::statusRequested, m_controller,
            &ChatController::setStatus);
    connect(m_controller, &ChatController::statusChanged, m_statusSelector,
            &StatusSelector::setStatus);
    toolBar->addWidget(m_statusSelector);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_operatorName = new QLabel(toolBar);
    m_operatorName->setObjectName(QStringLiteral("operatorNameLabel"));
    m_operatorName->setTextFormat(Qt::PlainText);
    m_operatorName->setContentsMargins(8, 0, 8, 0);
    toolBar->addWidget(m_operatorName);
    connect(m_controller, &ChatController::operatorChanged, this,
            [this](const OperatorProfile &profile) { m_operatorName->setText(profile.name); });
    // A name changed in the Team tab shows here at once.
    connect(m_controller->team(), &TeamController::teamChanged, this, [this] {
        if (const TeamMember *me = m_controller->team()->me())
            m_operatorName->setText(me->name);
    });
    toolBar->addAction(logout);
    createSettingsAction(menu, toolBar, logout);
}

void MainWindow::createSettingsAction(QMenu *menu, QToolBar *toolBar, QAction *before)
{
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setVisible(false); // until the server says this is an admin
    menu->insertAction(before, m_settingsAction);
    toolBar->insertAction(before, m_settingsAction);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    // Logging out closes the connection on purpose: the settings go with the account.
    connect(m_controller, &ChatController::connectionStateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::Idle)
                    return;
                m_settingsAction->setVisible(false);
                if (m_settingsDialog)
                    m_settingsDialog->hide();
                m_reportsView->setMayExportVisitors(false);
            });
    connect(m_controller, &ChatController::operatorChanged, this,
            [this](const OperatorProfile &profile) {
                m_settingsAction->setVisible(profile.isAdmin());
                m_reportsView->setMayExportVisitors(profile.isAdmin());
                if (!profile.isAdmin() && m_settingsDialog)
                    m_settingsDialog->hide();
            });
}

void MainWindow::createAccountActions(QMenu *menu)
{
    QAction *changePassword = menu->addAction(tr("&Change password…"));
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    connect(changePassword, &QAction::triggered, this, &MainWindow::showChangePassword);
    QAction *devices = menu->addAction(tr("My &devices…"));
    devices->setObjectName(QStringLiteral("devicesAction"));
    connect(devices, &QAction::triggered, this, &MainWindow::showDevices);
    connect(m_controller->account(), &AccountController::passwordChanged, this,
            [this](bool othersLoggedOut) {
                statusBar()->showMessage(
                    othersLoggedOut
                        ? tr("Your password was changed and your other devices were logged out.")
                        : tr("Your password was changed."),
                    10000);
            });
    // The account's dialogs go with the session.
    connect(m_controller, &ChatController::connectionStateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::Idle)
                    return;
                if (m_changePasswordDialog)
                    m_changePasswordDialog->reject();
                if (m_devicesDialog)
                    m_devicesDialog->reject();
            });
}

void MainWindow::showChangePassword()
{
    if (!m_changePasswordDialog)
        m_changePasswordDialog = new ChangePasswordDialog(m_controller->account(), this);
    if (!m_changePasswordDialog->isVisible())
        m_changePasswordDialog->clear();
    m_changePasswordDialog->show();
    m_changePasswordDialog->raise();
    m_changePasswordDialog->activateWindow();
}

void MainWindow::showDevices()
{
    if (!m_devicesDialog)
        m_devicesDialog = new DevicesDialog(m_controller->account(), this);
    m_devicesDialog->reload();
    m_devicesDialog->show();
    m_devicesDialog->raise();
    m_devicesDialog->activateWindow();
}

void MainWindow::showSettings()
{
    if (!m_controller->me().isAdmin())
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->addPage(new WidgetSettingsPage(m_controller->websiteSettings()),
                                  tr("Widget"));
        m_settingsDialog->addPage(new GroupsSettingsPage(m_controller->groups(),
                                                         m_controller->team(),
                                                         m_controller->websiteSettings()),
                                  tr("Groups"));
        // An action may start a scenario (BOT-6): both pages know the same scenarios.
        auto *chatbot = new ChatbotController(m_controller->connection(), m_settingsDialog);
        m_settingsDialog->addPage(new ActionsSettingsPage(m_controller->automaticActions(),
                                                          m_controller->team(),
                                                          m_controller->groups(), chatbot),
                                  tr("Automatic actions"));
        m_settingsDialog->addPage(new ChatbotPage(chatbot, m_controller->groups()), tr("Chatbot"));
        m_settingsDialog->addPage(new ContactFormPage(m_controller->websiteSettings()),
                                  tr("Contact form"));
        m_settingsDialog->addPage(new EmailSettingsPage(m_controller->emailSettings()),
                                  tr("Email"));
        m_settingsDialog->addPage(new IntegrationsPage(m_controller->integrations()),
                                  tr("Integrations"));
        m_settingsDialog->addPage(new HelpScoutPage(m_controller->helpScout()), tr("Help Scout"));
        m_settingsDialog->addPage(new DeliveriesPage(m_controller->emailSettings()),
                                  tr("Deliveries"));
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::updateVisitorsTabTitle()
{
    const int online = m_controller->visitors()->onlineVisitors()->total();
    m_tabs->setTabText(1,
                       online > 0 ? tr("Visitors online (%1)").arg(online) : tr("Visitors online"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hideOnClose) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    emit quitRequested();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange) {
        updateConversationOnScreen();
        emit activeChanged(isActiveWindow());
    }
    QMainWindow::changeEvent(event);
}

} // namespace papo::desk
