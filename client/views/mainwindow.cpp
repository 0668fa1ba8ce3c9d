#include "mainwindow.h"

#include "app/chatcontroller.h"
#include "connectionbanner.h"
#include "conversationlistpane.h"
#include "conversationview.h"
#include "models/conversationfiltermodel.h"
#include "statusselector.h"

#include <QAction>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace papo::desk {

MainWindow::MainWindow(ChatController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_banner(new ConnectionBanner(this))
    , m_conversationList(new ConversationListPane(controller->queue(), controller->mine(), this))
    , m_conversationView(new ConversationView(controller, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Papo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/papo.svg")));
    resize(1100, 720);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_conversationList);
    splitter->addWidget(m_conversationView);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    createToolBar();

    connect(m_conversationList, &ConversationListPane::conversationSelected, m_controller,
            &ChatController::openConversation);
    connect(m_conversationList, &ConversationListPane::dismissRequested, m_controller,
            &ChatController::dismissConversation);
    connect(m_controller, &ChatController::openConversationChanged, m_conversationList,
            &ConversationListPane::setCurrentConversation);
    connect(m_controller, &ChatController::connectionStateChanged, m_banner,
            &ConnectionBanner::setConnectionState);
    connect(m_controller, &ChatController::replyFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Your reply was not sent: %1").arg(reason), 10000);
    });
    m_banner->setConnectionState(m_controller->connectionState());
}

void MainWindow::createToolBar()
{
    QMenu *menu = menuBar()->addMenu(tr("&Papo"));
    QAction *logout = menu->addAction(tr("Log &out"));
    logout->setObjectName(QStringLiteral("logoutAction"));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
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
    toolBar->addAction(logout);
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
    if (event->type() == QEvent::ActivationChange)
        emit activeChanged(isActiveWindow());
    QMainWindow::changeEvent(event);
}

} // namespace papo::desk
