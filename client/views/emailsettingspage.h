#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace papo::desk {

class EmailSettingsController;

// Settings → Email (INT-1, INT-2): the outgoing mail server, where the team's copies go,
// (the website's, and a group's own, which replace the website's for that group's chats),
// how long a visitor's unread reply waits before it is emailed, and "Send test email", which
// shows the mail server's exact answer. The password field stays empty: the server keeps the
// password and says only whether one is set.
class EmailSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EmailSettingsPage(EmailSettingsController *controller, QWidget *parent = nullptr);

    // What the last save or test said (for tests and screen readers).
    QString statusText() const;

private:
    void load();
    void save();
    void sendTest();
    void loadGroups(const QJsonArray &groups);
    void showGroupAddresses();
    void showStatus(const QString &text, bool good);

    EmailSettingsController *m_controller;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_teamEmails;
    QComboBox *m_group;
    QLineEdit *m_groupEmails;
    QFormLayout *m_form = nullptr;
    QHash<qint64, QString> m_groupAddresses; // by group id, as edited
    QSpinBox *m_delayMinutes;
    QPushButton *m_saveButton;
    QLineEdit *m_testAddress;
    QPushButton *m_testButton;
    QLabel *m_status;
    qint64 m_websiteId = 0;
    int m_delaySeconds = 300;
};

} // namespace papo::desk
