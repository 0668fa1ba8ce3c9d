#pragma once

#include <QMainWindow>

class QLabel;

namespace papo::desk {

class ChatController;
class ConnectionBanner;
class ConversationListPane;
class ConversationView;
class StatusSelector;

// Only arranges: the status selector and account actions on top, the disconnected banner,
// the conversation lists on the left and the open conversation in the centre.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ChatController *controller, QWidget *parent = nullptr);

    ConversationListPane *conversationList() const { return m_conversationList; }
    ConversationView *conversationView() const { return m_conversationView; }
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

    ChatController *m_controller;
    ConnectionBanner *m_banner;
    ConversationListPane *m_conversationList;
    ConversationView *m_conversationView;
    StatusSelector *m_statusSelector = nullptr;
    QLabel *m_operatorName = nullptr;
    bool m_hideOnClose = false;
};

} // namespace papo::desk
