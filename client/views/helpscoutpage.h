#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace papo::desk {

class HelpScoutController;

// Settings → Help Scout (INT-3), for admins: the Help Scout app's ID and secret (the secret
// is write-only: "(unchanged)" when one is stored), the mailbox chats go to, the API's address,
// and whether every closed chat goes there by itself.
class HelpScoutPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpScoutPage(HelpScoutController *controller, QWidget *parent = nullptr);

    // What the last save said (for tests and screen readers).
    QString statusText() const;

private:
    void load();
    void save();
    void disconnectHelpScout();
    void showStatus(const QString &text, bool good);

    HelpScoutController *m_controller;
    QLineEdit *m_appId;
    QLineEdit *m_secret;
    QLineEdit *m_mailbox;
    QLineEdit *m_baseUrl;
    QCheckBox *m_exportOnClose;
    QPushButton *m_save;
    QPushButton *m_disconnect;
    QLabel *m_status;
};

} // namespace papo::desk
